package org.maillon.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;
import org.maillon.diagnosis.Severity;

/**
 * What the section builders share: the diagnosis, the language, whether the report is a summary,
 * whether its format can draw (only then is the value-chain graph laid out), and the findings
 * counted once, by code and by severity.
 */
record ReportContext(Diagnosis diagnosis, Messages messages, boolean summary, boolean drawings,
    Map<String, Integer> findingCounts, Map<Severity, Integer> severityCounts) {

  static ReportContext of(Diagnosis diagnosis, Messages messages, boolean summary, boolean drawings) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
    for (Finding finding : diagnosis.findings()) {
      counts.merge(finding.code(), 1, Integer::sum);
      severities.merge(finding.severity(), 1, Integer::sum);
    }
    return new ReportContext(diagnosis, messages, summary, drawings, counts, severities);
  }

  int count(String code) {
    return findingCounts.getOrDefault(code, 0);
  }

  /** The messages of the first findings with this code, as examples for the reader. */
  List<String> examples(String code, int limit) {
    return diagnosis.findings().stream()
        .filter(finding -> finding.code().equals(code))
        .limit(limit)
        .map(finding -> finding.message(messages.locale()))
        .toList();
  }

  Report.Figure figure(String key, Object value) {
    return new Report.Figure(messages.get(key), value.toString());
  }
}
