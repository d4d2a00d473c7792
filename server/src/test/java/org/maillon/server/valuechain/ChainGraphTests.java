package org.maillon.server.valuechain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maillon.card.Cards;
import org.maillon.card.TeamCard;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.LargeChain;
import org.maillon.valuechain.FlowLayout;
import org.maillon.valuechain.NodeKind;

/** The graphs the pages draw of the value chain: which nodes, where, which links, and when in groups. */
class ChainGraphTests {

  static final Diagnosis SME = DiagnosisEngine.diagnose(
      ModelFiles.read("sme.yaml", ExampleModels.bytes("sme.yaml"), Locale.ENGLISH).organization());
  static final ValueChainIndex INDEX = ValueChainIndex.of(SME);
  static final ChainGraph.Words WORDS = new ChainGraph.Words() {
    @Override
    public String column(int hops) {
      return "<" + hops + ">";
    }

    @Override
    public String apart() {
      return "<apart>";
    }

    @Override
    public String group(NodeKind kind, int count) {
      return kind.code() + " ×" + count;
    }
  };

  @Test
  void aSmallChainIsDrawnWholeLeftToRightByHops() {
    ChainGraph graph = ChainGraph.of(ChainFlow.of(SME), INDEX, null, WORDS);

    assertThat(graph.grouped()).isFalse();
    assertThat(graph.nodes()).extracting(ChainGraph.Node::id).containsExactlyInAnyOrderElementsOf(INDEX.ids());
    int links = INDEX.ids().stream().mapToInt(id -> INDEX.customers(id).size()).sum();
    assertThat(graph.links()).hasSize(links).allMatch(link -> link.count() == 1);
    int last = graph.columns().size() - 1;
    assertThat(graph.columns().get(last)).isEqualTo(new ChainGraph.Column(0, "<0>"));
    for (ChainGraph.Node node : graph.nodes()) {
      assertThat(node.colour()).isEqualTo(NodeKind.ofCode(node.kind()).colour());
      if (node.apart()) {
        assertThat(node.column()).as(node.id()).isLessThan(last);
        assertThat(node.row()).isGreaterThan(graph.mainRows());
      } else if (!node.kind().equals("partner")) {
        assertThat(node.column()).as(node.id()).isEqualTo(last - node.hops());
        assertThat(graph.columns().get(node.column()).hops()).isEqualTo(node.hops());
      }
    }
    assertThat(graph.apartHeading()).isEqualTo(SME.valueChain().disconnectedTeams().isEmpty() ? null : "<apart>");
  }

  @Test
  void aSearchMarksThePathToTheFinalCustomersEachStepOneHopCloser() {
    ChainGraph graph = ChainGraph.of(ChainFlow.of(SME), INDEX, "achats", WORDS);

    Map<String, ChainGraph.Node> byId = graph.nodes().stream()
        .collect(Collectors.toMap(ChainGraph.Node::id, Function.identity()));
    assertThat(byId.get("achats").focus()).isTrue();
    List<ChainGraph.Node> path = graph.nodes().stream().filter(ChainGraph.Node::path).toList();
    assertThat(path).extracting(ChainGraph.Node::id).contains("achats");
    assertThat(path).anyMatch(n -> n.kind().equals("customer"));
    for (ChainGraph.Node node : path) {
      if (node.hops() > 0) {
        assertThat(INDEX.customers(node.id())).anyMatch(next -> byId.get(next).path()
            && byId.get(next).hops() == node.hops() - 1);
      }
    }
  }

  @Test
  void aLargeChainIsDrawnInGroupsOfAKindAtOneDistanceWithTheSearchedPathInFull() {
    Diagnosis large = DiagnosisEngine.diagnose(ModelFiles.read("large.json", LargeChain.json(), Locale.ENGLISH)
        .organization());
    ChainGraph graph = ChainGraph.of(ChainFlow.of(large), ValueChainIndex.of(large), "t-160", WORDS);

    assertThat(graph.grouped()).isTrue();
    assertThat(graph.nodes()).filteredOn(n -> n.count() == 0).extracting(ChainGraph.Node::id)
        .containsExactly("c-0", "t-10", "t-110", "t-160");
    assertThat(graph.nodes()).filteredOn(n -> n.count() > 0)
        .extracting(ChainGraph.Node::name, ChainGraph.Node::hops, ChainGraph.Node::apart)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("customer ×4", 0, false),
            org.assertj.core.groups.Tuple.tuple("front-line ×49", 1, false),
            org.assertj.core.groups.Tuple.tuple("core ×99", 2, false),
            org.assertj.core.groups.Tuple.tuple("core ×49", 3, false),
            org.assertj.core.groups.Tuple.tuple("support ×10", FlowLayout.UNREACHABLE, true));
    assertThat(graph.nodes().stream().mapToInt(n -> Math.max(1, n.count())).sum()).isEqualTo(215);
    assertThat(graph.links()).contains(new ChainGraph.Edge("t-160", "t-110", 1), new ChainGraph.Edge("t-10", "c-0", 1),
        new ChainGraph.Edge("group:2:core", "group:1:front-line", 98));
  }

  @Test
  void aCardDrawsSuppliersTheTeamCustomersAndTheirCustomersInFourColumns() {
    TeamCard card = Cards.card(SME, "achats").orElseThrow();
    TeamGraph graph = TeamGraph.of(card, INDEX);

    assertThat(graph.nodes()).filteredOn(TeamGraph.Node::subject).singleElement()
        .satisfies(node -> {
          assertThat(node.id()).isEqualTo("1:achats");
          assertThat(node.x()).isEqualTo(300);
          assertThat(node.colour()).isEqualTo(NodeKind.ofCode(node.kind()).colour());
        });
    assertThat(graph.nodes()).filteredOn(n -> n.x() == 0).extracting(TeamGraph.Node::node)
        .containsExactlyInAnyOrderElementsOf(INDEX.suppliers("achats"));
    assertThat(graph.nodes()).filteredOn(n -> n.x() == 600).extracting(TeamGraph.Node::node)
        .containsExactlyInAnyOrderElementsOf(INDEX.customers("achats"));
    assertThat(graph.links()).contains(new ChainGraph.Edge("1:achats", "2:" + INDEX.customers("achats").get(0), 1));
    assertThat(graph.cut()).isFalse();
    assertThat(graph.rows()).isEqualTo(Math.max(Math.max(INDEX.suppliers("achats").size(),
        INDEX.customers("achats").size()), Math.max(1, card.customersOfCustomers().size())));
  }
}
