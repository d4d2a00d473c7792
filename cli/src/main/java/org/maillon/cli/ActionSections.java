package org.maillon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.valuechain.LinkEnds;
import org.maillon.valuechain.TeamFigures;
import org.maillon.valuechain.ValueChainFigures;

/**
 * The second half of the report: the five actions that put the customer back at the centre, each
 * with what the diagnosis already tells about it.
 */
final class ActionSections {

  private ActionSections() {}

  static List<Report.Section> of(ReportContext context) {
    Messages m = context.messages();
    return List.of(myPlace(context), teamCards(context), supportOrientation(context),
        served(m, "section.knowledge", "knowledge.text"), served(m, "section.voice", "voice.text"));
  }

  private static Report.Section myPlace(ReportContext context) {
    Messages m = context.messages();
    Map<String, Integer> distribution = context.diagnosis().valueChain().hopsDistribution();
    int headcount = Math.max(1, context.diagnosis().headcount());
    List<List<String>> rows = new ArrayList<>();
    distribution.forEach((hops, people) -> rows.add(List.of(
        ValueChainFigures.UNREACHABLE.equals(hops) ? m.get("place.unreachable") : hops,
        m.number(people), m.percent((double) people / headcount))));
    return new Report.Section(m.get("section.place"), List.of(
        new Report.Paragraph(m.get("place.intro")),
        new Report.Table(List.of(m.get("place.hops"), m.get("place.people"), m.get("place.share")), rows),
        new Report.Paragraph(m.get("place.command"))));
  }

  private static Report.Section teamCards(ReportContext context) {
    Messages m = context.messages();
    List<Report.Block> blocks = new ArrayList<>();
    blocks.add(new Report.Paragraph(m.get("cards.intro")));
    if (!context.summary()) {
      blocks.add(teamTable(context));
    }
    if (context.drawings()) {
      blocks.add(graph(context));
    }
    blocks.add(new Report.Paragraph(m.get("cards.command")));
    return new Report.Section(m.get("section.cards"), blocks);
  }

  private static Report.Graph graph(ReportContext context) {
    Messages m = context.messages();
    ValueChainGraph graph = ValueChainGraph.of(context.diagnosis());
    String caption = graph.truncated()
        ? m.get("cards.graph.truncated", m.number(graph.nodes().size()), m.number(graph.totalNodes()))
        : m.get("cards.graph");
    List<String> headings = graph.columnHops().stream()
        .map(hops -> hops == null ? m.get("graph.column.partners")
            : hops == 0 ? m.get("graph.column.final") : m.get("graph.column.hops", m.number(hops), hops))
        .toList();
    return new Report.Graph(caption, graph, headings, m.get("graph.column.apart"));
  }

  private static Report.Table teamTable(ReportContext context) {
    Messages m = context.messages();
    Diagnosis diagnosis = context.diagnosis();
    List<List<String>> rows = new ArrayList<>();
    for (int rank = 0; rank < diagnosis.teamCount(); rank++) {
      TeamFigures team = diagnosis.team(rank);
      rows.add(List.of(team.id(), m.orNone(team.name()), m.get("kind." + team.kind().code()),
          m.number(team.members().size()), m.orNone(team.hopsToCustomer()),
          m.number(team.suppliers().size()), m.number(team.customers().size()),
          m.number(team.uncoveredExpectations().size()), m.number(team.unaskedCommitments().size())));
    }
    List<String> header = List.of("team.id", "team.name", "team.kind", "team.members", "team.hops",
        "team.suppliers", "team.customers", "team.uncovered", "team.unasked").stream().map(m::get).toList();
    return new Report.Table(header, rows);
  }

  private static Report.Section supportOrientation(ReportContext context) {
    Messages m = context.messages();
    ValueChainFigures chain = context.diagnosis().valueChain();
    List<String> inversions = chain.inversions().stream().map(ActionSections::arrow).toList();
    return new Report.Section(m.get("section.support"), List.of(
        new Report.Paragraph(m.get("support.intro")),
        new Report.Figures(List.of(
            context.figure("figure.supportTeams", m.number(chain.supportTeams())),
            context.figure("figure.supportNotReaching", m.counted(chain.supportTeamsNotReachingFrontLine())),
            context.figure("figure.inversions", m.counted(inversions))))));
  }

  private static String arrow(LinkEnds link) {
    return link.from() + " → " + link.to();
  }

  private static Report.Section served(Messages m, String heading, String text) {
    return new Report.Section(m.get(heading), List.of(new Report.Paragraph(m.get(text))));
  }
}
