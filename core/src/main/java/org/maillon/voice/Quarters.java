package org.maillon.voice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** The quarter an instant falls in, in UTC, named so that names sort as text in time order. */
public final class Quarters {

  private Quarters() {}

  /** E.g. {@code 2026-Q3} for any instant of July to September 2026 UTC. */
  public static String of(Instant instant) {
    ZonedDateTime at = instant.atZone(ZoneOffset.UTC);
    return at.getYear() + "-Q" + ((at.getMonthValue() - 1) / 3 + 1);
  }
}
