package org.maillon.model;

/**
 * A team: the unit that supplies and serves others. {@code function} is free text (marketing, it,
 * hr…); {@code lead} is a person id, or null.
 */
public record Team(String id, String name, TeamKind kind, String function, String lead) {

  public Team {
    kind = kind == null ? TeamKind.CORE : kind;
  }
}
