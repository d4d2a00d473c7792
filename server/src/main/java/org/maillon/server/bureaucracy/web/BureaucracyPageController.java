package org.maillon.server.bureaucracy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.Finding;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.model.Procedure;
import org.maillon.server.bureaucracy.web.BureaucracyIndex.TeamRow;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Access;
import org.maillon.server.system.BarChart;
import org.maillon.server.system.BarChart.Series;
import org.maillon.server.valuechain.TextSearch;
import org.maillon.server.valuechain.ValueChainIndex;
import org.maillon.valuechain.Agreements;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Bureaucratisation ({@code /bureaucracy}): the organisation's procedure figures, procedures per 100
 * people by team, the procedures with their approval circuits, the bureaucratisation findings, and
 * requirements and duties matched on every link ({@code #agreements}). {@code ?team=} narrows the
 * lists to one team. Lists are cut at {@link #LISTED} entries, with a note.
 */
@Controller
class BureaucracyPageController {

  static final int LISTED = 100;
  static final int LINKS = 30;
  static final int CHART_BARS = 60;

  private final CurrentOrganization current;
  private final MessageSource messages;

  BureaucracyPageController(CurrentOrganization current, MessageSource messages) {
    this.current = current;
    this.messages = messages;
  }

  /** A node or a person as a list shows it. */
  record Named(String id, String label) {}

  /**
   * A procedure with its circuit: approvers in signing order, what it serves, and how it is measured;
   * its times as stated (null when not) and its flow efficiency, {@code lowFlow} when below the floor.
   */
  record ProcedureRow(String id, String name, Named team, int steps, List<Named> approvers, int levelsClimbed,
      int supportApprovals, boolean climbing, boolean longCircuit, List<Named> serves, boolean internalControl,
      Double leadTimeDays, Double workHours, Double flowEfficiency, boolean lowFlow) {}

  /** An expectation on a link, and whether a commitment of the same link answers it. */
  record ExpectationRow(String id, String text, boolean covered) {}

  /** A commitment on a link, with the texts of the expectations it answers; none means nobody asked. */
  record CommitmentRow(String text, List<String> answers, boolean unasked) {}

  /** One link, what the customer requires (its expectations) beside what the supplier commits to. */
  record LinkRow(Named from, Named to, String delivers, List<ExpectationRow> expectations,
      List<CommitmentRow> commitments) {}

  @GetMapping("/bureaucracy")
  String bureaucracy(@RequestParam(required = false) String team, Model model, Authentication authentication,
      Locale locale) {
    Diagnosis diagnosis = current.diagnosis();
    BureaucracyIndex index = BureaucracyIndex.of(diagnosis);
    ValueChainIndex nodes = ValueChainIndex.of(diagnosis);
    String wanted = team == null || team.isBlank() ? null : team.trim();
    TeamRow selected = TextSearch.of(wanted).find(index.teams(), TeamRow::id, TeamRow::label);
    BureaucracyFigures figures = diagnosis.bureaucracy();
    model.addAttribute("figures", figures);
    model.addAttribute("headcount", diagnosis.headcount());
    model.addAttribute("team", wanted);
    model.addAttribute("selected", selected);
    model.addAttribute("notFound", wanted != null && selected == null);
    model.addAttribute("canSeePeople", Access.isManager(authentication));

    List<TeamRow> withProcedures = index.withProcedures();
    model.addAttribute("procedureTeams", withProcedures.subList(0, Math.min(withProcedures.size(), LISTED * 2)));
    model.addAttribute("chart", chart(index.heaviest(), locale));
    model.addAttribute("chartHeight", Math.min(withProcedures.size(), CHART_BARS) * 32 + 90);

    List<ProcedureFigures> procedures = selected == null ? index.procedures() : index.procedures(selected.id());
    List<ProcedureRow> rows = new ArrayList<>();
    for (ProcedureFigures procedure : procedures.subList(0, Math.min(procedures.size(), LISTED))) {
      rows.add(row(diagnosis, index, nodes, procedure, figures.maxApprovalLevels()));
    }
    model.addAttribute("procedures", rows);
    model.addAttribute("procedureTotal", procedures.size());

    List<Finding> findings = selected == null ? index.findings()
        : index.findings().stream().filter(finding -> concerns(finding, selected.id())).toList();
    model.addAttribute("findings", findings.subList(0, Math.min(findings.size(), LISTED)));
    model.addAttribute("findingTotal", findings.size());

    model.addAttribute("agreements", diagnosis.agreements());
    List<TeamRow> drifting = selected == null ? index.drifting() : BureaucracyIndex.drifting(List.of(selected));
    model.addAttribute("agreementTeams", drifting.subList(0, Math.min(drifting.size(), LISTED)));
    model.addAttribute("agreementTeamTotal", drifting.size());
    List<Link> links = selected == null ? index.agreedLinks() : index.links().stream()
        .filter(link -> link.from().equals(selected.id()) || link.to().equals(selected.id())).toList();
    model.addAttribute("links", links.subList(0, Math.min(links.size(), LINKS)).stream()
        .map(link -> linkRow(nodes, link)).toList());
    model.addAttribute("linkTotal", links.size());
    return "bureaucracy/bureaucracy";
  }

  /** Whether a bureaucratisation finding is about the team: its procedure's, or the team itself. */
  private static boolean concerns(Finding finding, String team) {
    return finding.subject().owner().filter(team::equals).isPresent();
  }

  static ProcedureRow row(Diagnosis diagnosis, BureaucracyIndex index, ValueChainIndex nodes, ProcedureFigures figures,
      int maxApprovalLevels) {
    Procedure stated = index.stated(figures.id());
    List<Named> approvers = stated.approvals().stream().map(id -> new Named(id,
        diagnosis.person(id).map(PersonFigures::name).filter(name -> !name.isBlank()).orElse(id))).toList();
    List<Named> serves = stated.serves().stream().map(id -> new Named(id, nodes.label(id))).toList();
    return new ProcedureRow(figures.id(), figures.name() == null || figures.name().isBlank() ? figures.id()
        : figures.name(), new Named(figures.team(), nodes.label(figures.team())), figures.steps(), approvers,
        figures.levelsClimbed(), figures.supportApprovalsOnFrontLine(), figures.levelsClimbed() > maxApprovalLevels,
        figures.approvals() > maxApprovalLevels + 1, serves, figures.internalControl(), figures.leadTimeDays(),
        figures.workHours(), figures.flowEfficiency(), index.lowFlow(figures.id()));
  }

  private static LinkRow linkRow(ValueChainIndex nodes, Link link) {
    List<Expectation> uncovered = Agreements.uncovered(link);
    List<Commitment> unasked = Agreements.unasked(link);
    Map<String, String> texts = new LinkedHashMap<>();
    link.expectations().forEach(expectation -> texts.put(expectation.id(),
        expectation.text() == null || expectation.text().isBlank() ? expectation.id() : expectation.text()));
    List<ExpectationRow> expectations = link.expectations().stream()
        .map(expectation -> new ExpectationRow(expectation.id(), texts.get(expectation.id()),
            !uncovered.contains(expectation)))
        .toList();
    List<CommitmentRow> commitments = link.commitments().stream()
        .map(commitment -> new CommitmentRow(commitment.text(),
            commitment.answers().stream().map(id -> texts.getOrDefault(id, id)).toList(),
            unasked.contains(commitment)))
        .toList();
    return new LinkRow(new Named(link.from(), nodes.label(link.from())), new Named(link.to(), nodes.label(link.to())),
        link.delivers(), expectations, commitments);
  }

  /** Procedures per 100 people by team, the heaviest first; teams without members have no ratio and are left out. */
  private BarChart chart(List<TeamRow> heaviest, Locale locale) {
    List<TeamRow> drawn = heaviest.subList(0, Math.min(heaviest.size(), CHART_BARS));
    return new BarChart(drawn.stream().map(TeamRow::label).toList(), List.of(new Series(
        messages.getMessage("bureaucracy.chart.per100", null, locale),
        drawn.stream().map(row -> Math.round(row.per100() * 10) / 10.0).toList(), "brown")), true);
  }
}
