package org.maillon.model;

/** An external supplier of one or more teams; it only ever supplies, never receives a link. */
public record Partner(String id, String name) {}
