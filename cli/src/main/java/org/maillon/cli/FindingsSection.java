package org.maillon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maillon.diagnosis.Finding;
import org.maillon.diagnosis.Severity;

/**
 * The report's last section: every finding, most severe first, or in a summary only how many there
 * are of each code, so that a summary stays short whatever the size of the organisation.
 */
final class FindingsSection {

  private FindingsSection() {}

  static Report.Section of(ReportContext context) {
    Messages m = context.messages();
    List<Report.Block> blocks = new ArrayList<>();
    blocks.add(new Report.Paragraph(severityCounts(context)));
    if (context.summary()) {
      List<List<String>> rows = new ArrayList<>();
      context.findingCounts().forEach((kind, count) -> rows.add(List.of(kind.code(), m.number(count))));
      blocks.add(new Report.Table(List.of(m.get("findings.code"), m.get("findings.count")), rows));
    } else {
      blocks.add(new Report.Table(
          List.of(m.get("findings.severity"), m.get("findings.code"), m.get("findings.subject"), m.get("findings.message")),
          context.diagnosis().findings().stream().map(finding -> row(m, finding)).toList()));
    }
    return new Report.Section(m.get("section.findings"), blocks);
  }

  private static String severityCounts(ReportContext context) {
    Map<Severity, Integer> counts = context.severityCounts();
    Messages m = context.messages();
    int critical = counts.getOrDefault(Severity.CRITICAL, 0);
    int warnings = counts.getOrDefault(Severity.WARNING, 0);
    return m.get("findings.intro", m.number(critical), m.number(warnings),
        m.number(counts.getOrDefault(Severity.INFO, 0)), critical, warnings);
  }

  private static List<String> row(Messages m, Finding finding) {
    return List.of(m.get("severity." + finding.severity().code()), finding.code(), finding.subject().text(),
        finding.message(m.locale()));
  }
}
