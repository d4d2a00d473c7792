package org.maillon.voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What customers wrote as a page lists it: the same text once, with how many wrote it, and marked
 * as coming from promoters, passives or detractors only where that does not single anyone out.
 *
 * <p><b>The marking rule.</b> The verbatims given are those of published responses, each with its
 * recommendation answer when that answer is published too. A mark tells the score class of the
 * answers behind a text, so marks are all or nothing: they are shown only when every class present
 * among the scored verbatims holds at least the anonymity threshold of them. Then each mark points
 * into a class of at least the threshold, and no unmarked text can be read as the one class left
 * over (a class below the threshold would be exactly that). A text written by several respondents
 * of different classes gets no mark; a text without a published score gets none either.
 */
public final class Verbatims {

  /** The score class of a recommendation answer. */
  public enum Side {
    PROMOTER, PASSIVE, DETRACTOR;

    /** The class of a 0–10 answer. */
    public static Side of(int nps) {
      int kind = Nps.classify(nps);
      return kind > 0 ? PROMOTER : kind == 0 ? PASSIVE : DETRACTOR;
    }
  }

  /**
   * One verbatim as given.
   *
   * @param text what was written
   * @param language its language, e.g. {@code fr}
   * @param nps the recommendation answer of the same response when published, else null
   */
  public record Written(String text, String language, Integer nps) {}

  /**
   * One text as listed.
   *
   * @param text what was written
   * @param language the language of its first occurrence
   * @param count how many verbatims say exactly this
   * @param side the class of all who wrote it, when marks are shown and they agree; else null
   */
  public record Grouped(String text, String language, int count, Side side) {}

  private Verbatims() {}

  /**
   * The texts, most written first, then by text; in O(n log n) for n verbatims.
   *
   * @param threshold the anonymity threshold of now, at least 1
   */
  public static List<Grouped> group(List<Written> said, int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("The anonymity threshold is at least 1, not " + threshold);
    }
    boolean marked = marksAllowed(said, threshold);
    Map<String, List<Written>> byText = new LinkedHashMap<>();
    said.stream().filter(s -> s.text() != null && !s.text().isBlank())
        .forEach(s -> byText.computeIfAbsent(s.text().strip(), t -> new ArrayList<>()).add(s));
    List<Grouped> grouped = new ArrayList<>();
    byText.forEach((text, same) -> grouped.add(new Grouped(text, same.get(0).language(), same.size(),
        marked ? agreed(same) : null)));
    grouped.sort(Comparator.comparingInt(Grouped::count).reversed().thenComparing(Grouped::text));
    return grouped;
  }

  /** True when every class among the scored verbatims holds none or at least the threshold of them. */
  static boolean marksAllowed(List<Written> said, int threshold) {
    Map<Side, Integer> counts = new EnumMap<>(Side.class);
    said.stream().filter(s -> s.nps() != null && s.text() != null && !s.text().isBlank())
        .forEach(s -> counts.merge(Side.of(s.nps()), 1, Integer::sum));
    return !counts.isEmpty() && counts.values().stream().allMatch(n -> n >= threshold);
  }

  private static Side agreed(List<Written> same) {
    Side side = null;
    for (Written s : same) {
      if (s.nps() == null || side != null && side != Side.of(s.nps())) {
        return null;
      }
      side = Side.of(s.nps());
    }
    return side;
  }
}
