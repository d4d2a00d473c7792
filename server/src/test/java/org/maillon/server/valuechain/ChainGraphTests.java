package org.maillon.server.valuechain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.maillon.card.Cards;
import org.maillon.card.TeamCard;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;
import org.maillon.server.testing.ExampleModels;

/** The graphs the pages draw of the value chain: which nodes, which links, and where a card puts them. */
class ChainGraphTests {

  static final Diagnosis SME = DiagnosisEngine.diagnose(
      ModelFiles.read("sme.yaml", ExampleModels.bytes("sme.yaml"), Locale.ENGLISH).organization());
  static final ValueChainIndex INDEX = ValueChainIndex.of(SME);

  @Test
  void aSmallChainIsDrawnWholeWithItsLinksAndTheFocusMarked() {
    Set<String> shown = ChainGraph.shown(SME, INDEX, "achats");
    ChainGraph graph = ChainGraph.of(INDEX, shown, "achats", kind -> "<" + kind + ">");

    assertThat(shown).containsExactlyElementsOf(INDEX.ids());
    assertThat(graph.categories()).extracting(ChainGraph.Category::name)
        .containsExactly("<front-line>", "<core>", "<support>", "<customer>", "<partner>");
    assertThat(graph.nodes()).filteredOn(ChainGraph.Node::focus).extracting(ChainGraph.Node::id)
        .containsExactly("achats");
    int links = INDEX.ids().stream().mapToInt(id -> INDEX.customers(id).size()).sum();
    assertThat(graph.links()).hasSize(links);
    ChainGraph.Node shop = graph.nodes().stream().filter(n -> n.id().equals("ventes-magasins")).findFirst().orElseThrow();
    assertThat(shop.team()).isTrue();
    assertThat(shop.category()).isZero();
    assertThat(shop.degree()).isEqualTo(INDEX.customers("ventes-magasins").size() + INDEX.suppliers("ventes-magasins").size());
  }

  @Test
  void aSearchDrawsItsNeighboursNearestFirstAndOtherwiseTheFinalCustomersComeFirst() {
    List<String> around = List.copyOf(ChainGraph.around(INDEX, "achats"));
    assertThat(around.get(0)).isEqualTo("achats");
    assertThat(around.subList(1, 1 + INDEX.customers("achats").size() + INDEX.suppliers("achats").size()))
        .containsExactlyInAnyOrderElementsOf(neighbours("achats"));

    List<String> closest = List.copyOf(ChainGraph.closestToCustomers(SME, INDEX));
    assertThat(closest.subList(0, 4)).containsExactly("particuliers", "clients-web", "professionnels", "promoteurs");
    assertThat(closest).doesNotContain("innovation");
  }

  @Test
  void aCardDrawsSuppliersTheTeamCustomersAndTheirCustomersInFourColumns() {
    TeamCard card = Cards.card(SME, "achats").orElseThrow();
    TeamGraph graph = TeamGraph.of(card, INDEX);

    assertThat(graph.nodes()).filteredOn(TeamGraph.Node::subject).singleElement()
        .satisfies(node -> {
          assertThat(node.id()).isEqualTo("1:achats");
          assertThat(node.x()).isEqualTo(300);
        });
    assertThat(graph.nodes()).filteredOn(n -> n.x() == 0).extracting(TeamGraph.Node::node)
        .containsExactlyInAnyOrderElementsOf(INDEX.suppliers("achats"));
    assertThat(graph.nodes()).filteredOn(n -> n.x() == 600).extracting(TeamGraph.Node::node)
        .containsExactlyInAnyOrderElementsOf(INDEX.customers("achats"));
    assertThat(graph.links()).contains(new ChainGraph.Edge("1:achats", "2:" + INDEX.customers("achats").get(0)));
    assertThat(graph.cut()).isFalse();
    assertThat(graph.rows()).isEqualTo(Math.max(Math.max(INDEX.suppliers("achats").size(),
        INDEX.customers("achats").size()), Math.max(1, card.customersOfCustomers().size())));
  }

  private static List<String> neighbours(String id) {
    return java.util.stream.Stream.concat(INDEX.customers(id).stream(), INDEX.suppliers(id).stream()).distinct().toList();
  }
}
