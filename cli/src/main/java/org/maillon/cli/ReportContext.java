package org.maillon.cli;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;
import org.maillon.diagnosis.FindingKind;
import org.maillon.diagnosis.Severity;

/**
 * What the section builders share: the diagnosis, the language, whether the report is a summary,
 * whether its format can draw (only then is the value-chain graph laid out), and the findings
 * counted once, by kind (in the order of their codes) and by severity.
 */
record ReportContext(Diagnosis diagnosis, Messages messages, boolean summary, boolean drawings,
    Map<FindingKind, Integer> findingCounts, Map<Severity, Integer> severityCounts) {

  static ReportContext of(Diagnosis diagnosis, Messages messages, boolean summary, boolean drawings) {
    Map<FindingKind, Integer> counts = new TreeMap<>(Comparator.comparing(FindingKind::code));
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    for (Finding finding : diagnosis.findings()) {
      counts.merge(finding.kind(), 1, Integer::sum);
      severities.merge(finding.severity(), 1, Integer::sum);
    }
    return new ReportContext(diagnosis, messages, summary, drawings, counts, severities);
  }

  int count(FindingKind kind) {
    return findingCounts.getOrDefault(kind, 0);
  }

  /** The messages of the first findings of this kind, as examples for the reader. */
  List<String> examples(FindingKind kind, int limit) {
    return diagnosis.findings().stream()
        .filter(finding -> finding.kind() == kind)
        .limit(limit)
        .map(finding -> finding.message(messages.locale()))
        .toList();
  }

  Report.Figure figure(String key, Object value) {
    return new Report.Figure(messages.get(key), value.toString());
  }
}
