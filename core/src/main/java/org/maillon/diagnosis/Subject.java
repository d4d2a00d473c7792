package org.maillon.diagnosis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * What a finding, or a cost of the centricity index, is about, typed so that a reader finds the team,
 * person, link or procedure without parsing text. {@link #text()} is the one place that writes a
 * subject as the diagnosis JSON, the report and the API show it (docs/diagnosis-json.md); nothing
 * reads that text back.
 */
public sealed interface Subject {

  /** The subject as the diagnosis JSON writes it: an id, a link {@code from->to}, the organisation's name. */
  @JsonValue
  String text();

  /**
   * The id of the team whose card the subject belongs on: the team itself, a link's supplier, a
   * procedure's owner; empty for a person or the organisation.
   */
  default Optional<String> owner() {
    return Optional.empty();
  }

  /**
   * Orders subjects as their {@link #text()} would, {@link String#compareTo}, without writing it: the
   * findings' order (most severe first, then by code, subject and arguments) is part of the contract.
   */
  static int compare(Subject a, Subject b) {
    if (a instanceof Link x && b instanceof Link y) {
      return x.compareTo(y);
    }
    return a.text().compareTo(b.text());
  }

  /** The organisation as a whole; {@code name} is null when the model gives none. */
  record Organization(String name) implements Subject {

    @Override
    public String text() {
      return name == null ? "organization" : name;
    }
  }

  /** A team, by its id. */
  record Team(String id) implements Subject {

    public Team {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public Optional<String> owner() {
      return Optional.of(id);
    }

    @Override
    public String text() {
      return id;
    }
  }

  /** A person, by their id. */
  record Person(String id) implements Subject {

    public Person {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String text() {
      return id;
    }
  }

  /** A procedure, by its id, with the id of the team that runs it. */
  record Procedure(String id, String team) implements Subject {

    public Procedure {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(team, "team");
    }

    @Override
    public Optional<String> owner() {
      return Optional.of(team);
    }

    @Override
    public String text() {
      return id;
    }
  }

  /** The link from a supplier team to its customer, a team or a final customer, by their ids. */
  record Link(String from, String to) implements Subject {

    private static final String ARROW = "->";

    public Link {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    @Override
    public Optional<String> owner() {
      return Optional.of(from);
    }

    @Override
    public String text() {
      return from + ARROW + to;
    }

    /** As {@code text().compareTo(other.text())}, reading the characters in place. */
    int compareTo(Link other) {
      if (from.equals(other.from)) {
        return to.compareTo(other.to);
      }
      int length = Math.min(length(), other.length());
      for (int i = 0; i < length; i++) {
        char a = charAt(i);
        char b = other.charAt(i);
        if (a != b) {
          return a - b;
        }
      }
      return length() - other.length();
    }

    private int length() {
      return from.length() + ARROW.length() + to.length();
    }

    private char charAt(int i) {
      if (i < from.length()) {
        return from.charAt(i);
      }
      int j = i - from.length();
      return j < ARROW.length() ? ARROW.charAt(j) : to.charAt(j - ARROW.length());
    }
  }

  /** An expectation, by its id, on the link from a supplier team to its customer. */
  record Expectation(String from, String to, String id) implements Subject {

    public Expectation {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(id, "id");
    }

    /** The link it is stated on. */
    public Link link() {
      return new Link(from, to);
    }

    @Override
    public Optional<String> owner() {
      return Optional.of(from);
    }

    @Override
    public String text() {
      return link().text() + "#" + id;
    }
  }
}
