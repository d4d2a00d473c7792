package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PeriodsTests {

  private final Periods periods = new Periods();

  @Test
  void writesAQuarterAsEachLanguageDoes() {
    assertThat(periods.quarter("2026-Q4", Locale.FRENCH)).isEqualTo("T4 2026");
    assertThat(periods.quarter("2026-Q4", Locale.ENGLISH)).isEqualTo("Q4 2026");
    assertThat(periods.quarter("v3", Locale.FRENCH)).isEqualTo("v3");
  }

  @Test
  void namesTheQuartersBetweenTwoAcrossYears() {
    assertThat(Periods.between("2025-Q3", "2026-Q2")).containsExactly("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2");
    assertThat(Periods.between("2026-Q2", "2026-Q2")).containsExactly("2026-Q2");
    assertThat(Periods.between("2026-Q2", "2026-Q1")).isEmpty();
    assertThat(Periods.previous("2026-Q1")).isEqualTo("2025-Q4");
    assertThatThrownBy(() -> Periods.between("2026-4", "2026-Q1")).isInstanceOf(IllegalArgumentException.class);
  }
}
