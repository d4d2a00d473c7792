package org.maillon.valuechain;

/** The two ends of a link, by id: supplier first, customer second. */
public record LinkEnds(String from, String to) {}
