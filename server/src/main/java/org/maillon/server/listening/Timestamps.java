package org.maillon.server.listening;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants as the database keeps them (UTC, to the microsecond), the same on H2 and PostgreSQL. */
final class Timestamps {

  private Timestamps() {}

  static OffsetDateTime stored(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }
}
