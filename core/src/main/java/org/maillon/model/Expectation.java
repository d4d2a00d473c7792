package org.maillon.model;

/** What a customer requires of its supplier on one link; its id is unique within that link. */
public record Expectation(String id, String text) {}
