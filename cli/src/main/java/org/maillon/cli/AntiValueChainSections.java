package org.maillon.cli;

import java.util.ArrayList;
import java.util.List;
import org.maillon.diagnosis.FindingKind;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.hierarchy.LayerCosts;
import org.maillon.hierarchy.LayerSpans;
import org.maillon.hierarchy.Legion;
import org.maillon.hierarchy.SpanRange;
import org.maillon.valuechain.AgreementFigures;
import org.maillon.valuechain.ValueChainFigures;

/**
 * The first half of the report: the three links of the anti-value chain, in the source's order —
 * technocratisation (with the commitments nobody asked for and the expectations nobody answers),
 * bureaucratisation, hierarchical obesity.
 */
final class AntiValueChainSections {

  private static final int MAX_BARS = 30;
  private static final int AGREEMENT_EXAMPLES = 5;

  private AntiValueChainSections() {}

  static List<Report.Section> of(ReportContext context) {
    return List.of(technocratisation(context), BureaucracySection.of(context), obesity(context));
  }

  private static Report.Section technocratisation(ReportContext context) {
    Messages m = context.messages();
    ValueChainFigures chain = context.diagnosis().valueChain();
    AgreementFigures agreements = context.diagnosis().agreements();
    List<Report.Figure> figures = List.of(
        context.figure("figure.teams", m.get("figure.teams.value", m.number(chain.teams()),
            m.number(chain.frontLineTeams()), m.number(chain.coreTeams()), m.number(chain.supportTeams()))),
        context.figure("figure.finalCustomers", m.number(chain.finalCustomers())),
        context.figure("figure.links", m.number(chain.links())),
        context.figure("figure.disconnected", m.counted(chain.disconnectedTeams())),
        context.figure("figure.withoutCustomer", m.counted(chain.teamsWithoutCustomer())),
        context.figure("figure.frontLineWithoutFinal", m.counted(chain.frontLineWithoutFinalCustomer())),
        context.figure("figure.uncovered", m.get("figure.outOf", m.number(agreements.uncoveredExpectations()),
            m.number(agreements.expectations()))),
        context.figure("figure.unasked", m.get("figure.outOf", m.number(agreements.unaskedCommitments()),
            m.number(agreements.commitments()))),
        context.figure("figure.agreement", m.get("figure.agreement.value", m.number(agreements.agreedLinks()),
            m.number(agreements.pendingLinks()), m.number(agreements.longPendingLinks()),
            m.number(agreements.pendingDays()), m.number(agreements.emptyLinks()))));
    List<Report.Block> blocks = new ArrayList<>(List.of(new Report.Paragraph(m.get("technocratisation.intro")),
        new Report.Figures(figures), new Report.Paragraph(m.get("technocratisation.agreements",
            m.number(context.count(FindingKind.UNASKED_COMMITMENT)),
            m.number(context.count(FindingKind.UNCOVERED_EXPECTATION))))));
    List<String> examples = new ArrayList<>();
    List.of(FindingKind.EMPTY_LINK, FindingKind.LONG_PENDING_LINK, FindingKind.UNASKED_COMMITMENT,
            FindingKind.UNCOVERED_EXPECTATION)
        .forEach(kind -> examples.addAll(context.examples(kind, AGREEMENT_EXAMPLES)));
    if (!examples.isEmpty()) {
      blocks.add(new Report.Items(examples));
    }
    return new Report.Section(m.get("section.technocratisation"), blocks);
  }

  private static Report.Section obesity(ReportContext context) {
    Messages m = context.messages();
    HierarchyFigures h = context.diagnosis().hierarchy();
    Legion legion = h.legion();
    List<Report.Block> blocks = new ArrayList<>(List.of(
        new Report.Paragraph(m.get("obesity.legion", m.number(context.diagnosis().headcount()),
            m.number(h.levelsBetweenTopAndBase()), h.levelsBetweenTopAndBase(),
            m.number(legion.levelsBetweenTopAndBase()), m.number(legion.headcount()), m.number(legion.officers()))),
        new Report.Paragraph(m.get("obesity.officers", m.number(h.officers()), h.officers())),
        new Report.Figures(hierarchyFigures(context, h)),
        new Report.BarChart(m.get("obesity.chart"), levelBars(m, h.headcountByLevel())),
        new Report.Paragraph(m.get("obesity.matrix")),
        spanMatrix(m, h.spanByLayer())));
    if (h.costs() != null) {
      blocks.addAll(layerCosts(m, h.costs(), context.diagnosis().headcount()));
    }
    return new Report.Section(m.get("section.obesity"), blocks);
  }

  /** What each layer and management cost, when the model states anyone's cost. */
  private static List<Report.Block> layerCosts(Messages m, LayerCosts costs, int headcount) {
    List<List<String>> rows = new ArrayList<>();
    for (int depth = 0; depth < costs.byLayer().size(); depth++) {
      double cost = costs.byLayer().get(depth);
      rows.add(List.of(m.get("obesity.level", m.number(depth)), m.decimal(cost),
          m.percent(costs.total() == 0 ? 0 : cost / costs.total())));
    }
    return List.of(
        new Report.Paragraph(m.get("obesity.costs", m.number(costs.peopleWithCost()), m.number(headcount),
            m.decimal(costs.total()), m.decimal(costs.management()), m.percent(costs.managementShare()))),
        new Report.Table(List.of(m.get("obesity.costs.layer"), m.get("obesity.costs.cost"),
            m.get("obesity.costs.share")), rows));
  }

  /** The layers × spans matrix as designers read it: managers per layer in each span range, and its spans. */
  private static Report.Table spanMatrix(Messages m, List<LayerSpans> layers) {
    List<String> header = new ArrayList<>(List.of(m.get("obesity.matrix.layer"), m.get("obesity.matrix.managers")));
    for (SpanRange range : SpanRange.values()) {
      header.add(range.label());
    }
    header.addAll(List.of(m.get("obesity.matrix.min"), m.get("obesity.matrix.median"), m.get("obesity.matrix.max")));
    List<List<String>> rows = new ArrayList<>();
    for (LayerSpans layer : layers) {
      List<String> row = new ArrayList<>(List.of(m.get("obesity.level", m.number(layer.depth())),
          m.number(layer.managers())));
      layer.byRange().forEach(count -> row.add(m.number(count)));
      row.addAll(List.of(m.number(layer.min()), m.decimal(layer.median()), m.number(layer.max())));
      rows.add(row);
    }
    return new Report.Table(header, rows);
  }

  private static List<Report.Figure> hierarchyFigures(ReportContext context, HierarchyFigures h) {
    Messages m = context.messages();
    return List.of(
        context.figure("figure.headcount", m.number(context.diagnosis().headcount())),
        context.figure("figure.layers", m.number(h.layers())),
        context.figure("figure.levelsBetween", m.number(h.levelsBetweenTopAndBase())),
        context.figure("figure.managers", m.get("figure.managers.value", m.number(h.managers()), m.percent(h.managerRatio()))),
        context.figure("figure.officers", m.number(h.officers())),
        context.figure("figure.span", m.get("figure.span.value", m.number(h.span().min()), m.number(h.span().max()),
            m.decimal(h.span().mean()), m.decimal(h.span().median()))),
        context.figure("figure.narrowSpan", m.counted(h.narrowSpanManagers())),
        context.figure("figure.passThrough", m.counted(h.passThroughManagers())),
        context.figure("figure.oneToOne", m.percent(h.oneToOneShare())),
        context.figure("figure.wideSpan", m.get("figure.wideSpan.value", m.counted(h.wideSpanManagers()),
            m.number(h.maxSpan()))),
        context.figure("figure.targetSpan", m.number(h.targetSpan())),
        context.figure("figure.levelsNeeded", m.number(h.levelsNeeded())),
        context.figure("figure.excessLevels", m.number(h.excessLevels())),
        context.figure("figure.tops", m.counted(h.tops())));
  }

  /** One bar per level; past {@value #MAX_BARS} levels, the deepest are gathered in the last bar. */
  private static List<Report.Bar> levelBars(Messages m, List<Integer> headcountByLevel) {
    List<Report.Bar> bars = new ArrayList<>();
    int shown = Math.min(headcountByLevel.size(), MAX_BARS - 1);
    for (int level = 0; level < shown; level++) {
      int people = headcountByLevel.get(level);
      bars.add(new Report.Bar(m.get("obesity.level", m.number(level)), people, m.number(people)));
    }
    if (headcountByLevel.size() > shown) {
      long deeper = headcountByLevel.subList(shown, headcountByLevel.size()).stream().mapToLong(Integer::longValue).sum();
      bars.add(new Report.Bar(m.get("obesity.deeper", m.number(shown)), deeper, m.number(deeper)));
    }
    return bars;
  }
}
