package org.maillon.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where an organisation stands, for a director to read first: the three links of the anti-value
 * chain scored, and the weakest of them, whose weakest measure is what it costs (« 5 niveaux là où
 * 2 suffisent »). Computed from the diagnosis' figures and findings alone, in one pass over the
 * findings. docs/design.md, "Scoring the links", defines it.
 *
 * @param links the three links in the source's order
 * @param weakest the link of lowest score; on a tie, one that falls short, then the one with more
 *     critical findings, then more warnings, then the first in the source's order
 */
public record ChainVerdict(List<LinkScore> links, LinkScore weakest) {

  /** Orders links from the weakest: score, falling short, critical findings, warnings, the source's order. */
  static final Comparator<LinkScore> WEAKEST_FIRST = Comparator.comparingInt(LinkScore::score)
      .thenComparing(LinkScore::fallsShort, Comparator.reverseOrder())
      .thenComparing(Comparator.comparingInt(LinkScore::critical).reversed())
      .thenComparing(Comparator.comparingInt(LinkScore::warnings).reversed())
      .thenComparing(LinkScore::link);

  public ChainVerdict {
    links = List.copyOf(links);
  }

  /** The verdict on a diagnosis. */
  public static ChainVerdict of(Diagnosis diagnosis) {
    Map<ChainLink, int[]> bySeverity = new EnumMap<>(ChainLink.class);
    for (ChainLink link : ChainLink.values()) {
      bySeverity.put(link, new int[Severity.values().length]);
    }
    for (Finding finding : diagnosis.findings()) {
      bySeverity.get(finding.link())[finding.severity().ordinal()]++;
    }
    List<LinkScore> links = new ArrayList<>();
    for (ChainLink link : ChainLink.values()) {
      List<LinkMeasure.Value> measures = new ArrayList<>();
      for (LinkMeasure measure : LinkMeasure.values()) {
        if (measure.link() == link) {
          measures.add(measure.of(diagnosis));
        }
      }
      int[] counts = bySeverity.get(link);
      links.add(LinkScore.of(link, measures, counts[Severity.CRITICAL.ordinal()],
          counts[Severity.WARNING.ordinal()], counts[Severity.INFO.ordinal()]));
    }
    return of(links);
  }

  /** The verdict on three links already scored. */
  static ChainVerdict of(List<LinkScore> links) {
    return new ChainVerdict(links, links.stream().min(WEAKEST_FIRST).orElseThrow());
  }

  /** Whether no measure of any link falls short: then there is no weak link to name. */
  public boolean sound() {
    return !weakest.fallsShort();
  }
}
