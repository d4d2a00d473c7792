package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class PeriodsTests {

  private final Periods periods = new Periods(pages());

  private static ResourceBundleMessageSource pages() {
    ResourceBundleMessageSource pages = new ResourceBundleMessageSource();
    pages.setBasename("i18n/pages");
    pages.setDefaultEncoding("UTF-8");
    pages.setFallbackToSystemLocale(false);
    return pages;
  }

  @Test
  void writesAQuarterAsEachLanguageDoes() {
    assertThat(periods.name("2026-Q4", Locale.FRENCH)).isEqualTo("T4 2026");
    assertThat(periods.name("2026-Q4", Locale.ENGLISH)).isEqualTo("Q4 2026");
    assertThat(periods.name("v3", Locale.FRENCH)).isEqualTo("v3");
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
