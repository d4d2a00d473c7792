package org.maillon.server.valuechain.web;

import org.maillon.server.system.BarChart;
import org.maillon.server.system.BarChart.Bar;
import org.maillon.server.system.BarChart.Series;
import org.maillon.server.valuechain.ChainDrawings;
import org.maillon.server.valuechain.ChainFlow;
import org.maillon.server.valuechain.ChainGraph;
import org.maillon.server.valuechain.ChainWords;
import org.maillon.server.valuechain.FlowText;
import org.maillon.server.valuechain.TextSearch;
import org.maillon.server.valuechain.ValueChainIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.model.Team;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.valuechain.LinkEnds;
import org.maillon.valuechain.NodeKind;
import org.maillon.valuechain.ValueChainFigures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The whole value chain as an interactive, searchable graph ({@code /value-chain}), and the
 * orientation of the support functions ({@code /support}). Both read teams and links only. The chain
 * is drawn as a flow ({@link ChainGraph}), in groups when large, and said in words ({@link FlowText}).
 */
@Controller
class ValueChainPageController {

  static final int LISTED = 200;

  /**
   * Up to this many nodes the search box suggests every name as one types; above, the names alone
   * would weigh megabytes (4 MB at a million people), so the search matches on the server only.
   */
  static final int SUGGESTED = 500;

  private final CurrentOrganization current;
  private final MessageSource messages;

  ValueChainPageController(CurrentOrganization current, MessageSource messages) {
    this.current = current;
    this.messages = messages;
  }

  /** A node named in a list, with its kind. */
  record Named(String id, String label, String kind, boolean team) {}

  /** A support team and whom it serves, by kind of customer. */
  record SupportRow(Named team, List<Named> serves, Map<String, Integer> byKind, boolean reachesFrontLine) {}

  /** A link named at both ends. */
  record NamedLink(Named from, Named to) {}

  @GetMapping("/value-chain")
  String valueChain(@RequestParam(required = false) String focus, Model model, Locale locale) {
    Diagnosis diagnosis = current.diagnosis();
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    String focused = TextSearch.of(focus).find(index.ids(), id -> id, index::label);
    ChainWords.Drawn whole = ChainDrawings.of(diagnosis, messages, locale);
    model.addAttribute("graph", focused == null ? whole.graph()
        : ChainGraph.of(ChainFlow.of(diagnosis), index, focused, new ChainWords(messages, locale)));
    model.addAttribute("flowText", whole.inWords());
    model.addAttribute("kinds", NodeKind.values());
    model.addAttribute("total", index.nodeCount());
    model.addAttribute("focus", focus);
    model.addAttribute("focused", focused == null ? null : named(index, focused));
    model.addAttribute("notFound", focus != null && !focus.isBlank() && focused == null);
    model.addAttribute("names", index.nodeCount() > SUGGESTED ? List.of()
        : index.ids().stream().map(index::label).distinct().sorted().toList());
    ValueChainFigures figures = diagnosis.valueChain();
    model.addAttribute("figures", figures);
    model.addAttribute("disconnected", named(index, figures.disconnectedTeams()));
    model.addAttribute("withoutCustomer", named(index, figures.teamsWithoutCustomer()));
    model.addAttribute("frontLineWithoutFinal", named(index, figures.frontLineWithoutFinalCustomer()));
    model.addAttribute("hops", hops(figures, locale));
    return "valuechain/value-chain";
  }

  @GetMapping("/support")
  String support(Model model, Locale locale) {
    Diagnosis diagnosis = current.diagnosis();
    ValueChainIndex index = ValueChainIndex.of(diagnosis);
    ValueChainFigures figures = diagnosis.valueChain();
    Set<String> notReaching = new HashSet<>(figures.supportTeamsNotReachingFrontLine());
    List<SupportRow> rows = new ArrayList<>();
    int supportTeams = 0;
    for (Team team : index.teams()) {
      if (!team.kind().code().equals("support")) {
        continue;
      }
      supportTeams++;
      if (rows.size() == LISTED) {
        continue;
      }
      Map<String, Integer> byKind = new LinkedHashMap<>();
      for (String kind : List.of("customer", "front-line", "core", "support")) {
        byKind.put(kind, 0);
      }
      List<Named> serves = new ArrayList<>();
      for (String customer : index.customers(team.id())) {
        byKind.merge(index.kind(customer), 1, Integer::sum);
        serves.add(named(index, customer));
      }
      rows.add(new SupportRow(named(index, team.id()), serves, byKind, !notReaching.contains(team.id())));
    }
    List<NamedLink> inversions = new ArrayList<>();
    for (LinkEnds inversion : figures.inversions()) {
      if (inversions.size() == LISTED) {
        break;
      }
      inversions.add(new NamedLink(named(index, inversion.from()), named(index, inversion.to())));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("supportTeams", supportTeams);
    model.addAttribute("inversions", inversions);
    model.addAttribute("inversionCount", figures.inversions().size());
    model.addAttribute("notReaching", named(index, figures.supportTeamsNotReachingFrontLine()));
    model.addAttribute("chart", supportChart(rows, locale));
    model.addAttribute("chartHeight", Math.min(rows.size(), 60) * 32 + 90);
    model.addAttribute("figures", figures);
    return "valuechain/support";
  }

  private BarChart supportChart(List<SupportRow> rows, Locale locale) {
    List<SupportRow> drawn = rows.subList(0, Math.min(rows.size(), 60));
    List<Series> series = new ArrayList<>();
    for (String kind : List.of("customer", "front-line", "core", "support")) {
      series.add(new Series(messages.getMessage("kind." + kind, null, locale),
          drawn.stream().map(row -> row.byKind().get(kind)).toList(), "kind-" + kind, "serves"));
    }
    return new BarChart(drawn.stream().map(row -> row.team().label()).toList(), series, true);
  }

  private BarChart hops(ValueChainFigures figures, Locale locale) {
    List<String> categories = new ArrayList<>();
    List<Bar> data = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : figures.hopsDistribution().entrySet()) {
      boolean unreachable = entry.getKey().equals(ValueChainFigures.UNREACHABLE);
      categories.add(unreachable ? messages.getMessage("valueChain.unreachable", null, locale) : entry.getKey());
      data.add(new Bar(entry.getValue(), unreachable ? "red" : "green"));
    }
    return new BarChart(categories, List.of(new Series(messages.getMessage("hierarchy.chart.people", null, locale),
        data, null)), false).named(messages.getMessage("valueChain.hopsAxis", null, locale), null);
  }

  private static Named named(ValueChainIndex index, String id) {
    return new Named(id, index.label(id), index.kind(id), index.isTeam(id));
  }

  private static List<Named> named(ValueChainIndex index, List<String> ids) {
    return ids.subList(0, Math.min(LISTED, ids.size())).stream().map(id -> named(index, id)).toList();
  }
}
