package org.maillon.server.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.ModelFiles;

/**
 * Customers and coverage on a small model computed by hand: {@code buyers} is a final customer,
 * {@code sales} serves it, {@code it} and {@code ops} serve {@code sales}, {@code hr} serves no one.
 * The customers are {@code buyers} and {@code sales}.
 */
class KnowledgeViewTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  static final String MODEL = """
      organization: Small
      customers: [{id: buyers, name: Buyers}]
      teams:
        - {id: sales, name: Sales, kind: front-line}
        - {id: it, name: IT, kind: support}
        - {id: ops, name: Operations}
        - {id: hr, name: HR, kind: support}
      people:
        - {id: ann, name: Ann, team: it}
        - {id: bob, name: Bob, team: hr, manager: ann}
        - {id: cy, name: Cy, manager: ann}
      links:
        - {from: sales, to: buyers}
        - {from: it, to: sales}
        - {from: ops, to: sales}
      """;

  final Diagnosis diagnosis = DiagnosisEngine.diagnose(
      ModelFiles.read("small.yaml", MODEL.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH).organization());

  @Test
  void finalCustomersAndTeamsWithASupplierAreTheCustomers() {
    assertThat(CustomerIndex.of(diagnosis).all()).containsExactly(
        new Customer("buyers", "Buyers", Customer.FINAL), new Customer("sales", "Sales", Customer.TEAM));
  }

  @Test
  void coverageCountsFreshCardsAmongCustomers() {
    Map<String, Map<Facet, LocalDate>> latest = new HashMap<>();
    latest.put("buyers", allFacets(TODAY.minusDays(179)));
    Map<Facet, LocalDate> sales = allFacets(TODAY.minusDays(10));
    sales.put(Facet.NEEDS, TODAY.minusDays(181));
    latest.put("sales", sales);
    KnowledgeView view = new KnowledgeView(diagnosis, () -> latest, new Freshness(TODAY, 180));

    assertThat(view.fresh("buyers")).isTrue();
    assertThat(view.fresh("sales")).isFalse();
    assertThat(view.organization()).isEqualTo(new Coverage(1, 2, 0.5));
    assertThat(view.team("sales")).contains(new Coverage(1, 1, 1.0));
    assertThat(view.team("it")).contains(new Coverage(0, 1, 0.0));
    assertThat(view.team("hr")).contains(new Coverage(0, 0, null));
    assertThat(view.team("buyers")).as("not a team").isEmpty();
    assertThat(view.teamOf("ann")).contains("it");
    assertThat(view.teamOf("cy")).isEmpty();
    assertThat(view.lastEntries("sales")).containsEntry("needs", TODAY.minusDays(181)).containsKeys(
        "opinions", "projects", "stakes", "needs");
    assertThat(view.lastEntries("nobody")).containsEntry("opinions", null).hasSize(4);
  }

  static Map<Facet, LocalDate> allFacets(LocalDate date) {
    Map<Facet, LocalDate> dates = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      dates.put(facet, date);
    }
    return dates;
  }
}
