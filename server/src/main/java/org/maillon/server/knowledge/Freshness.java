package org.maillon.server.knowledge;

import java.time.LocalDate;
import java.util.Map;

/**
 * When a card is fresh: each of the four facets has an entry dated strictly after today minus the
 * freshness period. With 180 days, on 2026-11-28 an entry of 2026-06-01 (180 days before) is too old
 * and one of 2026-06-02 (179 days before) is young enough.
 */
record Freshness(LocalDate today, int days) {

  /** The latest day that is already too old: an entry must be dated after it. */
  LocalDate tooOld() {
    return today.minusDays(days);
  }

  boolean isYoung(LocalDate date) {
    return date != null && date.isAfter(tooOld());
  }

  /** Fresh when every facet's latest entry is young; a facet without an entry makes the card stale. */
  boolean isFresh(Map<Facet, LocalDate> latest) {
    for (Facet facet : Facet.values()) {
      if (!isYoung(latest.get(facet))) {
        return false;
      }
    }
    return true;
  }
}
