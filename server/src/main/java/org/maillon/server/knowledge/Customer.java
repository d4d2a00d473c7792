package org.maillon.server.knowledge;

/**
 * A customer of the current model: a final customer ({@code kind} {@code final}) or a team that
 * some link has as its customer ({@code kind} {@code team}, an internal customer).
 */
public record Customer(String id, String name, String kind) {

  public static final String FINAL = "final";
  public static final String TEAM = "team";
}
