package org.maillon.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillon.model.Organization;
import org.maillon.synthetic.SyntheticOrganization;

/**
 * Every alternative computes Maillon's figures on small organisations of several seeds, so that a
 * disagreement shows up here rather than in the middle of a long benchmark run. Runs only with
 * {@code -Pbench}; PostgreSQL and networkx are skipped, with a reason, where they cannot run.
 */
class FiguresAgreementTests {

  private static final int PEOPLE = 3_000;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void jgraphtAgrees(long seed) {
    Organization organization = SyntheticOrganization.generate(PEOPLE, seed);
    GraphData data = GraphData.of(organization);
    JGraphTFigures.compute(data).checkEqualTo(maillon(organization, data), "JGraphT");
  }

  @Test
  void postgresAgreesOnBothFootings() throws Exception {
    Assumptions.assumeTrue(PostgresFigures.available(), "PostgreSQL cannot run as root without user namespaces");
    Organization organization = SyntheticOrganization.generate(PEOPLE, 4);
    GraphData data = GraphData.of(organization);
    Figures expected = maillon(organization, data);
    try (PostgresFigures postgres = PostgresFigures.start()) {
      for (SqlTables tables : List.of(SqlTables.records(organization), SqlTables.compiled(data))) {
        postgres.load(tables);
        postgres.query().figures(tables, data).checkEqualTo(expected, "PostgreSQL on " + tables.keyType() + " ids");
      }
    }
  }

  @Test
  void networkxAgrees() throws Exception {
    String missing = NetworkxFigures.unavailableReason();
    Assumptions.assumeTrue(missing == null, missing);
    Organization organization = SyntheticOrganization.generate(PEOPLE, 5);
    GraphData data = GraphData.of(organization);
    NetworkxFigures.Result result = NetworkxFigures.compute(data, Path.of("networkx_figures.py"), 1);
    result.figures().checkEqualTo(maillon(organization, data), "networkx");
    assertThat(result.medianMillis()).isPositive();
  }

  @Test
  void aDifferenceIsNamed() {
    Organization organization = SyntheticOrganization.generate(200, 6);
    GraphData data = GraphData.of(organization);
    Figures expected = maillon(organization, data);
    int[] depth = expected.depth().clone();
    depth[7]++;
    Figures wrong = new Figures(depth, expected.layers(), expected.span(), expected.teamHops(),
        expected.personHops(), expected.reachesFrontLine());
    assertThatThrownBy(() -> wrong.checkEqualTo(expected, "Wrong")).hasMessageContaining("Wrong disagrees")
        .hasMessageContaining("depth[7]");
  }

  private static Figures maillon(Organization organization, GraphData data) {
    return MaillonFigures.figures(MaillonFigures.compute(organization), data);
  }
}
