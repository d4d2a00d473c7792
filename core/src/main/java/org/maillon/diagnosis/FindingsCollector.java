package org.maillon.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.maillon.bureaucracy.Bureaucracy;
import org.maillon.bureaucracy.ProcedureFigures;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.model.Commitment;
import org.maillon.model.Decimals;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.parallel.Cores;
import org.maillon.parallel.Forked;
import org.maillon.valuechain.AgreementFigures;
import org.maillon.valuechain.Agreements;
import org.maillon.valuechain.LinkEnds;
import org.maillon.valuechain.LinkStatus;
import org.maillon.valuechain.ValueChainFigures;

/**
 * Turns the figures into findings, one per thing to act on, ordered most severe first. Linear in
 * people, teams and links; messages are rendered later, in the reader's language.
 */
final class FindingsCollector {

  private static final Comparator<List<Finding>> GROUP_ORDER = Comparator
      .comparing((List<Finding> group) -> group.get(0).severity(), Comparator.reverseOrder())
      .thenComparing(group -> group.get(0).code());
  private static final int GRAIN = 1 << 12;
  private static final Comparator<Finding> WITHIN_GROUP = FindingsCollector::compareWithinGroup;

  private final OrgGraph graph;
  private final Map<FindingKind, List<Finding>> groups = new EnumMap<>(FindingKind.class);
  private int count;
  private int expectations;
  private int commitments;
  private int uncoveredCount;
  private int unaskedCount;
  private final int[] statuses = new int[LinkStatus.values().length];
  private int longPending;

  private FindingsCollector(OrgGraph graph) {
    this.graph = graph;
  }

  /** The findings, and the organisation's agreement counts gathered on the way. */
  record Collected(List<Finding> findings, AgreementFigures agreements) {}

  /**
   * The findings of the links' agreements, the most numerous, are collected over the cores, beside
   * all the others; the parts are merged in link order, so the result does not depend on the cores.
   */
  static Collected collect(OrgGraph graph, HierarchyFigures hierarchy, ValueChainFigures chain,
      Bureaucracy bureaucracy, LocalDate asOf) {
    Forked<FindingsCollector> structural = Forked.start(() -> {
      FindingsCollector collector = new FindingsCollector(graph);
      collector.valueChain(chain);
      collector.hierarchy(hierarchy);
      collector.procedures(bureaucracy);
      collector.membership();
      return collector;
    });
    List<FindingsCollector> agreements = Cores.map(graph.linkCount(), GRAIN, (from, to) -> {
      FindingsCollector collector = new FindingsCollector(graph);
      collector.expectationsAndCommitments(from, to, asOf);
      return collector;
    });
    FindingsCollector all = structural.join();
    agreements.forEach(all::absorb);
    return new Collected(all.ordered(), new AgreementFigures(all.expectations, all.uncoveredCount,
        all.commitments, all.unaskedCount, all.statuses[LinkStatus.EMPTY.ordinal()],
        all.statuses[LinkStatus.PENDING.ordinal()], all.statuses[LinkStatus.AGREED.ordinal()], all.longPending,
        graph.model().settings().pendingDays()));
  }

  private void absorb(FindingsCollector other) {
    other.groups.forEach((kind, found) -> groups.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(found));
    count += other.count;
    expectations += other.expectations;
    commitments += other.commitments;
    uncoveredCount += other.uncoveredCount;
    unaskedCount += other.unaskedCount;
    for (int s = 0; s < statuses.length; s++) {
      statuses[s] += other.statuses[s];
    }
    longPending += other.longPending;
  }

  /**
   * Most severe first, then by code, subject and arguments. Each code forms a group, most often
   * already in order, so only the groups that are not get sorted, over the cores.
   */
  private List<Finding> ordered() {
    List<List<Finding>> ordered = new ArrayList<>(groups.values());
    ordered.sort(GROUP_ORDER);
    List<Finding> all = new ArrayList<>(count);
    for (List<Finding> group : ordered) {
      if (isSorted(group)) {
        all.addAll(group);
      } else {
        Finding[] sorted = group.toArray(Finding[]::new);
        Cores.sort(sorted, GRAIN, WITHIN_GROUP);
        all.addAll(Arrays.asList(sorted));
      }
    }
    return Collections.unmodifiableList(all);
  }

  private static boolean isSorted(List<Finding> group) {
    for (int i = 1; i < group.size(); i++) {
      if (WITHIN_GROUP.compare(group.get(i - 1), group.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** By subject, then arguments; the findings of one link share their subject, compared by identity first. */
  private static int compareWithinGroup(Finding a, Finding b) {
    int c = a.subject() == b.subject() ? 0 : Subject.compare(a.subject(), b.subject());
    return c != 0 ? c : compareArgs(a.args(), b.args());
  }

  private static int compareArgs(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compare(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  private void add(FindingKind kind, Subject subject, String... args) {
    add(kind, kind.severity(), subject, args);
  }

  private void add(FindingKind kind, Severity severity, Subject subject, String... args) {
    groups.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Finding(kind, severity, subject, List.of(args)));
    count++;
  }

  private Subject organization() {
    return new Subject.Organization(graph.model().name());
  }

  private static Subject team(String id) {
    return new Subject.Team(id);
  }

  private void valueChain(ValueChainFigures chain) {
    if (graph.customerCount() == 0 && graph.teamCount() > 0) {
      add(FindingKind.NO_FINAL_CUSTOMER, organization());
    }
    chain.disconnectedTeams().forEach(t -> add(FindingKind.DISCONNECTED_TEAM, team(t), nodeName(t)));
    chain.teamsWithoutCustomer().forEach(t -> add(FindingKind.TEAM_WITHOUT_CUSTOMER, team(t), nodeName(t)));
    chain.supportTeamsNotReachingFrontLine()
        .forEach(t -> add(FindingKind.SUPPORT_NOT_REACHING_FRONT_LINE, team(t), nodeName(t)));
    for (LinkEnds inversion : chain.inversions()) {
      add(FindingKind.INVERSION, new Subject.Link(inversion.from(), inversion.to()),
          nodeName(inversion.from()), nodeName(inversion.to()));
    }
    chain.frontLineWithoutFinalCustomer()
        .forEach(t -> add(FindingKind.FRONT_LINE_WITHOUT_FINAL_CUSTOMER, team(t), nodeName(t)));
  }

  private void hierarchy(HierarchyFigures h) {
    if (h.excessLevels() > 0) {
      add(FindingKind.EXCESS_LEVELS, FindingKind.EXCESS_LEVELS.escalated(h.excessLevels() >= 2), organization(),
          Integer.toString(h.levelsBetweenTopAndBase()), Integer.toString(h.levelsNeeded()),
          Integer.toString(h.excessLevels()), Integer.toString(graph.personCount()),
          Integer.toString(h.targetSpan()));
    }
    if (h.tops().size() > 1) {
      add(FindingKind.MULTIPLE_TOPS, organization(), Integer.toString(h.tops().size()),
          String.join(", ", h.tops().subList(0, Math.min(5, h.tops().size())).stream()
              .map(top -> personName(graph.personNumber(top))).toList())
              + (h.tops().size() > 5 ? ", …" : ""));
    }
    Rows reports = graph.reports();
    for (String manager : h.narrowSpanManagers()) {
      int p = graph.personNumber(manager);
      add(FindingKind.NARROW_SPAN, new Subject.Person(manager), personName(p), Integer.toString(reports.size(p)));
    }
    for (String manager : h.passThroughManagers()) {
      int p = graph.personNumber(manager);
      add(FindingKind.PASS_THROUGH_MANAGER, new Subject.Person(manager), personName(p), personName(reports.get(p, 0)));
    }
    for (String manager : h.wideSpanManagers()) {
      int p = graph.personNumber(manager);
      add(FindingKind.WIDE_SPAN, new Subject.Person(manager), personName(p), Integer.toString(reports.size(p)),
          Integer.toString(h.maxSpan()));
    }
  }

  private void expectationsAndCommitments(int fromLink, int toLink, LocalDate asOf) {
    int pendingDays = graph.model().settings().pendingDays();
    for (int l = fromLink; l < toLink; l++) {
      if (!graph.isTeam(graph.linkFrom(l))) {
        continue;
      }
      Link link = graph.link(l);
      List<Expectation> uncovered = Agreements.uncovered(link);
      agreement(l, link, LinkStatus.of(link, uncovered.isEmpty()), asOf, pendingDays);
      List<Commitment> unasked = Agreements.unasked(link);
      expectations += link.expectations().size();
      commitments += link.commitments().size();
      uncoveredCount += uncovered.size();
      unaskedCount += unasked.size();
      if (uncovered.isEmpty() && unasked.isEmpty()) {
        continue;
      }
      Subject subject = new Subject.Link(link.from(), link.to());
      String supplier = nodeName(graph.linkFrom(l));
      String customer = nodeName(graph.linkTo(l));
      uncovered.forEach(e -> add(FindingKind.UNCOVERED_EXPECTATION, subject, supplier, customer,
          e.id(), text(e.text())));
      unasked.forEach(c -> add(FindingKind.UNASKED_COMMITMENT, subject, supplier, customer, text(c.text())));
    }
  }

  /** The link's status counted, and a finding when it states nothing or has waited too long. */
  private void agreement(int l, Link link, LinkStatus status, LocalDate asOf, int pendingDays) {
    statuses[status.ordinal()]++;
    Long days = LinkStatus.daysPending(link, status, asOf);
    boolean tooLong = days != null && days > pendingDays;
    if (status == LinkStatus.EMPTY || tooLong) {
      Subject subject = new Subject.Link(link.from(), link.to());
      String supplier = nodeName(graph.linkFrom(l));
      String customer = nodeName(graph.linkTo(l));
      if (tooLong) {
        longPending++;
        add(FindingKind.LONG_PENDING_LINK, subject, supplier, customer, Long.toString(days),
            Integer.toString(pendingDays), link.changedOn().toString());
      } else {
        add(FindingKind.EMPTY_LINK, subject, supplier, customer);
      }
    }
  }

  private void procedures(Bureaucracy bureaucracy) {
    for (int t = 0; t < graph.teamCount(); t++) {
      int procedures = bureaucracy.procedureCount(t);
      if (procedures > graph.members().size(t)) {
        add(FindingKind.PROCEDURE_HEAVY_TEAM, team(graph.nodeId(t)), nodeName(t), Integer.toString(procedures),
            Integer.toString(graph.members().size(t)));
      }
    }
    int levels = bureaucracy.figures().maxApprovalLevels();
    double floor = bureaucracy.figures().flow().minFlowEfficiency();
    for (int i = 0; i < bureaucracy.procedureCount(); i++) {
      ProcedureFigures p = bureaucracy.procedure(i);
      String name = p.name() == null || p.name().isBlank() ? p.id() : p.name();
      String team = nodeName(p.team());
      Subject subject = new Subject.Procedure(p.id(), p.team());
      if (p.approvals() > bureaucracy.maxApprovals()) {
        add(FindingKind.LONG_APPROVAL_CIRCUIT, subject, name, team, Integer.toString(p.approvals()),
            Integer.toString(bureaucracy.maxApprovals()));
      }
      if (p.levelsClimbed() > levels) {
        add(FindingKind.CLIMBING_APPROVAL_CIRCUIT, subject, name, team, Integer.toString(p.levelsClimbed()),
            Integer.toString(levels));
      }
      if (p.supportApprovalsOnFrontLine() > 0) {
        add(FindingKind.SUPPORT_APPROVES_FRONT_LINE, subject, name, team,
            Integer.toString(p.supportApprovalsOnFrontLine()));
      }
      if (p.internalControl()) {
        add(FindingKind.INTERNAL_CONTROL, subject, name, team);
      }
      if (bureaucracy.lowFlowEfficiency(i)) {
        add(FindingKind.LOW_FLOW_EFFICIENCY, subject, name, team, Decimals.plain(p.leadTimeDays()),
            Decimals.plain(p.workHours()), Decimals.percent(p.flowEfficiency()), Decimals.percent(floor));
      }
    }
  }

  private void membership() {
    for (int p = 0; p < graph.personCount(); p++) {
      if (graph.teamOf(p) == OrgGraph.NONE) {
        add(FindingKind.PERSON_WITHOUT_TEAM, new Subject.Person(graph.personId(p)), personName(p));
      }
    }
    for (int t = 0; t < graph.teamCount(); t++) {
      if (graph.members().size(t) == 0) {
        add(FindingKind.EMPTY_TEAM, team(graph.nodeId(t)), nodeName(t));
      }
    }
  }

  private static String text(String text) {
    return text == null ? "" : text;
  }

  private String personName(int person) {
    String name = graph.person(person).name();
    return name == null || name.isBlank() ? graph.personId(person) : name;
  }

  private String nodeName(String id) {
    return nodeName(graph.nodeNumber(id));
  }

  private String nodeName(int node) {
    String name = graph.nodeName(node);
    return name == null || name.isBlank() ? graph.nodeId(node) : name;
  }
}
