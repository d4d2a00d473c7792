package org.maillon.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.centricity.CentricityScorer;
import org.maillon.centricity.ScoringSettings;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;

/**
 * What one version of an organisation changes against another: the model's entities, every figure
 * of the summary diagnosis before and after, the customer-centricity index the model alone gives
 * ({@link IndexChange}), and the findings that appeared or disappeared. A finding is the same in
 * both when its code and its subject are, even if its figures moved (a circuit that climbs 4 levels
 * instead of 5 still climbs too high).
 */
public record VersionDiff(ModelChanges changes, List<FigureChange> figures, IndexChange index,
    List<Finding> appeared, List<Finding> disappeared) {

  private static final List<String> COST_TOTAL = List.of("hierarchy", "costs", "total");

  public VersionDiff {
    figures = List.copyOf(figures);
    appeared = List.copyOf(appeared);
    disappeared = List.copyOf(disappeared);
  }

  /** The index scored with the defaults, as the command line scores it. */
  public static VersionDiff between(Diagnosis before, Diagnosis after) {
    return between(before, after, ScoringSettings.DEFAULTS);
  }

  /**
   * Time linear in the two models and their diagnoses.
   *
   * @param scoring what the index is scored with, the server's settings where it has some
   */
  public static VersionDiff between(Diagnosis before, Diagnosis after, ScoringSettings scoring) {
    Map<String, Finding> older = byIdentity(before.findings());
    Map<String, Finding> newer = byIdentity(after.findings());
    IndexChange index = IndexChange.between(new CentricityScorer(before, scoring).structural(),
        new CentricityScorer(after, scoring).structural());
    return new VersionDiff(ModelDiff.between(before.model(), after.model()), Figures.between(before, after), index,
        missingFrom(older, newer), missingFrom(newer, older));
  }

  /** The figures that moved, in the order of {@link #figures()}. */
  public List<FigureChange> movedFigures() {
    return figures.stream().filter(FigureChange::moved).toList();
  }

  /**
   * What the change saves in a year: the stated cost of the people before minus after, negative when
   * it costs more; null when either version states no cost.
   */
  public Double costSaving() {
    return figures.stream().filter(f -> f.path().equals(COST_TOTAL) && f.before() != null && f.after() != null)
        .map(f -> f.before().doubleValue() - f.after().doubleValue()).findFirst().orElse(null);
  }

  private static Map<String, Finding> byIdentity(List<Finding> findings) {
    Map<String, Finding> byIdentity = new LinkedHashMap<>();
    for (Finding finding : findings) {
      byIdentity.putIfAbsent(finding.code() + '\u0000' + finding.subject().text(), finding);
    }
    return byIdentity;
  }

  private static List<Finding> missingFrom(Map<String, Finding> reference, Map<String, Finding> findings) {
    List<Finding> missing = new ArrayList<>();
    findings.forEach((identity, finding) -> {
      if (!reference.containsKey(identity)) {
        missing.add(finding);
      }
    });
    return missing;
  }
}
