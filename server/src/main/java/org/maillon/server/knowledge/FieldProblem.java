package org.maillon.server.knowledge;

/**
 * What is wrong with one field of a new entry: the field, a code for pages to translate
 * ({@code missing}, {@code unknown}, {@code empty}, {@code too-long}, {@code future},
 * {@code malformed}) and an English message for API clients.
 */
public record FieldProblem(String field, String code, String message) {}
