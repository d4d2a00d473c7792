package org.maillon.scenario;

/** Where an operation stands in its scenario file: 1-based line and column, 0 when unknown. */
record Place(int line, int column) {}
