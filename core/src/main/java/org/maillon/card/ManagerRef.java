package org.maillon.card;

/** One step up a reporting line, with what a reader needs to recognise the person. */
public record ManagerRef(String id, String name, String title) {}
