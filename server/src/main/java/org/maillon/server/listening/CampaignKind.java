package org.maillon.server.listening;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whom a campaign asks: a supplier team's {@code customers} (internal or final), or, for a
 * {@code pulse}, the collaborators of the team itself, about the bureaucracy they live with. The
 * name is the API's and the {@code campaigns.kind} column's.
 */
public enum CampaignKind {
  CUSTOMERS, PULSE;

  @JsonValue
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static CampaignKind of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
