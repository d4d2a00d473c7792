package org.maillon.diagnosis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The three links of the anti-value chain, in the source's order. Each {@link FindingKind} names its
 * link, so that the command line and the server never disagree on where a finding goes.
 */
public enum ChainLink {

  /** Each team works in its corner, to its own rules of the art, and forgets the customer who pays. */
  TECHNOCRATISATION,
  /** Each team invents norms and procedures that protect it and slow everything down. */
  BUREAUCRATISATION,
  /** Layers whose job is mainly to control those who work. */
  OBESITY;

  /** The kinds of finding of this link, the most telling first. */
  public List<FindingKind> kinds() {
    return Arrays.stream(FindingKind.values()).filter(kind -> kind.link() == this).toList();
  }

  /** The lower-case key pages and messages use: {@code technocratisation}, {@code bureaucratisation}, {@code obesity}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
