package org.maillon.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.Rows;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.valuechain.LinkEnds;
import org.maillon.valuechain.ValueChainFigures;

/**
 * Turns the figures into findings, one per thing to act on, ordered most severe first. Linear in
 * people, teams and links; messages are rendered later, in the reader's language.
 */
final class FindingsCollector {

  private static final Comparator<Finding> ORDER = Comparator
      .comparing(Finding::severity, Comparator.reverseOrder())
      .thenComparing(Finding::code)
      .thenComparing(Finding::subject)
      .thenComparing(Finding::args, FindingsCollector::compareArgs);

  private final OrgGraph graph;
  private final List<Finding> findings = new ArrayList<>();

  private FindingsCollector(OrgGraph graph) {
    this.graph = graph;
  }

  static List<Finding> collect(OrgGraph graph, HierarchyFigures hierarchy, ValueChainFigures chain) {
    FindingsCollector collector = new FindingsCollector(graph);
    collector.valueChain(chain);
    collector.hierarchy(hierarchy);
    collector.expectationsAndCommitments();
    collector.membership();
    collector.findings.sort(ORDER);
    return List.copyOf(collector.findings);
  }

  private static int compareArgs(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private void add(String code, Severity severity, String subject, String... args) {
    findings.add(new Finding(code, severity, subject, List.of(args)));
  }

  private String organization() {
    String name = graph.model().name();
    return name == null ? "organization" : name;
  }

  private void valueChain(ValueChainFigures chain) {
    if (graph.customerCount() == 0 && graph.teamCount() > 0) {
      add("NO_FINAL_CUSTOMER", Severity.CRITICAL, organization());
    }
    chain.disconnectedTeams().forEach(t -> add("DISCONNECTED_TEAM", Severity.CRITICAL, t, nodeName(t)));
    chain.teamsWithoutCustomer().forEach(t -> add("TEAM_WITHOUT_CUSTOMER", Severity.WARNING, t, nodeName(t)));
    chain.supportTeamsNotReachingFrontLine()
        .forEach(t -> add("SUPPORT_NOT_REACHING_FRONT_LINE", Severity.WARNING, t, nodeName(t)));
    for (LinkEnds inversion : chain.inversions()) {
      add("INVERSION", Severity.WARNING, linkSubject(inversion.from(), inversion.to()),
          nodeName(inversion.from()), nodeName(inversion.to()));
    }
    chain.frontLineWithoutFinalCustomer()
        .forEach(t -> add("FRONT_LINE_WITHOUT_FINAL_CUSTOMER", Severity.WARNING, t, nodeName(t)));
  }

  private void hierarchy(HierarchyFigures h) {
    if (h.excessLevels() > 0) {
      add("EXCESS_LEVELS", h.excessLevels() >= 2 ? Severity.CRITICAL : Severity.WARNING, organization(),
          Integer.toString(h.levelsBetweenTopAndBase()), Integer.toString(h.levelsNeeded()),
          Integer.toString(h.excessLevels()), Integer.toString(graph.personCount()),
          Integer.toString(h.targetSpan()));
    }
    if (h.tops().size() > 1) {
      add("MULTIPLE_TOPS", Severity.WARNING, organization(), Integer.toString(h.tops().size()),
          String.join(", ", h.tops().subList(0, Math.min(5, h.tops().size())))
              + (h.tops().size() > 5 ? ", …" : ""));
    }
    Rows reports = graph.reports();
    for (String manager : h.narrowSpanManagers()) {
      int p = graph.personNumber(manager);
      add("NARROW_SPAN", Severity.INFO, manager, personName(p), Integer.toString(reports.size(p)));
    }
    for (String manager : h.passThroughManagers()) {
      int p = graph.personNumber(manager);
      add("PASS_THROUGH_MANAGER", Severity.WARNING, manager, personName(p), personName(reports.get(p, 0)));
    }
  }

  private void expectationsAndCommitments() {
    for (int l = 0; l < graph.linkCount(); l++) {
      if (!graph.isTeam(graph.linkFrom(l))) {
        continue;
      }
      Link link = graph.link(l);
      String subject = linkSubject(link.from(), link.to());
      for (Expectation expectation : link.expectations()) {
        if (link.commitments().stream().noneMatch(c -> c.answers().contains(expectation.id()))) {
          add("UNCOVERED_EXPECTATION", Severity.WARNING, subject, nodeName(link.from()), nodeName(link.to()),
              expectation.id(), text(expectation.text()));
        }
      }
      for (Commitment commitment : link.commitments()) {
        if (commitment.answers().isEmpty()) {
          add("UNASKED_COMMITMENT", Severity.INFO, subject, nodeName(link.from()), nodeName(link.to()),
              text(commitment.text()));
        }
      }
    }
  }

  private void membership() {
    for (int p = 0; p < graph.personCount(); p++) {
      if (graph.teamOf(p) == OrgGraph.NONE) {
        add("PERSON_WITHOUT_TEAM", Severity.INFO, graph.personId(p), personName(p));
      }
    }
    for (int t = 0; t < graph.teamCount(); t++) {
      if (graph.members().size(t) == 0) {
        add("EMPTY_TEAM", Severity.INFO, graph.nodeId(t), nodeName(graph.nodeId(t)));
      }
    }
  }

  private static String linkSubject(String from, String to) {
    return from + "->" + to;
  }

  private static String text(String text) {
    return text == null ? "" : text;
  }

  private String personName(int person) {
    String name = graph.person(person).name();
    return name == null || name.isBlank() ? graph.personId(person) : name;
  }

  private String nodeName(String id) {
    String name = graph.nodeName(id);
    return name == null || name.isBlank() ? id : name;
  }
}
