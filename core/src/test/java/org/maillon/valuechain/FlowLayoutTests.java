package org.maillon.valuechain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The flow layout on a small chain built by hand: partner → buyers → workshop → shop → customer,
 * a second team beside the shop, a partner and a team that reach no final customer.
 */
class FlowLayoutTests {

  // 0 customer, 1 shop, 2 web, 3 workshop, 4 buyers, 5 partner, 6 lost team, 7 lost partner
  static final int[] HOPS = {0, 1, 1, 2, 3, -1, -1, -1};
  static final boolean[] PARTNER = {false, false, false, false, false, true, false, true};
  static final int[] FROM = {1, 2, 3, 4, 5, 7};
  static final int[] TO = {0, 0, 1, 3, 4, 6};

  @Test
  void partnersAreOneHopFartherThanWhomTheySupply() {
    assertThat(FlowLayout.distances(HOPS, PARTNER, FROM, TO)).containsExactly(0, 1, 1, 2, 3, 4, -1, -1);
  }

  @Test
  void columnsRunFromThePartnersToTheFinalCustomers() {
    FlowLayout layout = FlowLayout.of(FlowLayout.distances(HOPS, PARTNER, FROM, TO), PARTNER);

    assertThat(layout.columns()).isEqualTo(5);
    assertThat(new int[] {layout.columnHops(0), layout.columnHops(1), layout.columnHops(2), layout.columnHops(3),
        layout.columnHops(4)}).containsExactly(FlowLayout.PARTNERS, 3, 2, 1, 0);
    assertThat(new int[] {layout.column(5), layout.column(4), layout.column(3), layout.column(1), layout.column(0)})
        .containsExactly(0, 1, 2, 3, 4);
    assertThat(layout.column(2)).isEqualTo(3);
  }

  @Test
  void aColumnKeepsTheOrderOfTheNodesGiven() {
    FlowLayout layout = FlowLayout.of(FlowLayout.distances(HOPS, PARTNER, FROM, TO), PARTNER);

    assertThat(layout.row(1)).isZero();
    assertThat(layout.row(2)).isEqualTo(1);
    assertThat(layout.mainRows()).isEqualTo(2);
  }

  @Test
  void whatReachesNoFinalCustomerIsSetApartBelowTheColumns() {
    FlowLayout layout = FlowLayout.of(FlowLayout.distances(HOPS, PARTNER, FROM, TO), PARTNER);

    assertThat(layout.apart(6)).isTrue();
    assertThat(layout.apart(7)).isTrue();
    assertThat(layout.apart(5)).isFalse();
    assertThat(new int[] {layout.column(6), layout.row(6), layout.column(7), layout.row(7)})
        .containsExactly(0, 3, 1, 3);
    assertThat(layout.rows()).isEqualTo(4);
  }

  @Test
  void theGridSetApartLeavesTheFinalCustomersColumnAlone() {
    int[] distances = {0, 1, 2, -1, -1, -1};
    FlowLayout layout = FlowLayout.of(distances, new boolean[6]);

    assertThat(layout.columns()).isEqualTo(3);
    assertThat(new int[] {layout.column(3), layout.column(4), layout.column(5)}).containsExactly(0, 1, 0);
    assertThat(new int[] {layout.row(3), layout.row(4), layout.row(5)}).containsExactly(2, 2, 3);
    assertThat(layout.rows()).isEqualTo(4);
  }

  @Test
  void anEmptyChainHasTheFinalCustomersColumnOnly() {
    FlowLayout layout = FlowLayout.of(new int[0], new boolean[0]);

    assertThat(layout.columns()).isEqualTo(1);
    assertThat(layout.columnHops(0)).isZero();
    assertThat(layout.rows()).isZero();
  }
}
