package org.maillon.cli;

import java.util.ArrayList;
import java.util.List;
import org.maillon.diagnosis.Diagnosis;

/**
 * Decides what the diagnosis report says, in the order of the source text: the anti-value chain,
 * the five actions, then the findings. A summary leaves out the per-team table and lists findings by
 * code only, so that it reads nothing per person.
 */
final class ReportBuilder {

  private ReportBuilder() {}

  static Report build(Diagnosis diagnosis, Messages messages, boolean summary, boolean drawings) {
    ReportContext context = ReportContext.of(diagnosis, messages, summary, drawings);
    List<Report.Section> sections = new ArrayList<>(AntiValueChainSections.of(context));
    sections.addAll(ActionSections.of(context));
    sections.add(FindingsSection.of(context));
    String name = diagnosis.organization();
    boolean named = name != null && !name.isBlank();
    String subject = named ? name : messages.get("report.unnamed");
    return new Report(named ? messages.get("report.title", name) : messages.get("report.titleUnnamed"),
        messages.get("report.intro", subject, messages.number(diagnosis.headcount()),
            messages.number(diagnosis.valueChain().teams()), messages.number(diagnosis.valueChain().finalCustomers()),
            diagnosis.valueChain().finalCustomers()),
        sections);
  }
}
