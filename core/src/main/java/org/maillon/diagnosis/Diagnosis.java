package org.maillon.diagnosis;

import java.util.List;
import java.util.Optional;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.model.Organization;
import org.maillon.valuechain.TeamFigures;
import org.maillon.valuechain.ValueChainFigures;

/**
 * The whole diagnosis of one organisation. Organisation-wide figures are computed up front; the
 * figures of one team or one person are assembled on demand from compact arrays, so that a
 * million-person diagnosis holds no object per person. Teams and people are numbered in the order
 * of their ids ({@link String#compareTo}).
 */
public final class Diagnosis {

  Diagnosis() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public Organization model() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The organisation's name, or null when the model gives none. */
  public String organization() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public int headcount() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public HierarchyFigures hierarchy() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public ValueChainFigures valueChain() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Findings, most severe first, then by code and subject. */
  public List<Finding> findings() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public int teamCount() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The team of the given rank in id order, 0 ≤ rank < teamCount(). */
  public TeamFigures team(int rank) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public Optional<TeamFigures> team(String id) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Number of people, the same as {@link #headcount()}. */
  public int personCount() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The person of the given rank in id order, 0 ≤ rank < personCount(). */
  public PersonFigures person(int rank) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public Optional<PersonFigures> person(String id) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
