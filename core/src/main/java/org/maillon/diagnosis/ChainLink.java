package org.maillon.diagnosis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The three links of the anti-value chain, in the source's order, and the finding codes each one
 * holds: one classification that every report and page groups findings by, so that the command
 * line and the server never disagree on where a finding goes.
 */
public enum ChainLink {

  /** Each team works in its corner, to its own rules of the art, and forgets the customer who pays. */
  TECHNOCRATISATION("NO_FINAL_CUSTOMER", "DISCONNECTED_TEAM", "TEAM_WITHOUT_CUSTOMER",
      "SUPPORT_NOT_REACHING_FRONT_LINE", "INVERSION", "FRONT_LINE_WITHOUT_FINAL_CUSTOMER", "EMPTY_TEAM",
      "PERSON_WITHOUT_TEAM"),
  /** Each team invents norms and procedures that protect it and slow everything down. */
  BUREAUCRATISATION("UNASKED_COMMITMENT", "UNCOVERED_EXPECTATION", "CLIMBING_APPROVAL_CIRCUIT",
      "SUPPORT_APPROVES_FRONT_LINE", "PROCEDURE_HEAVY_TEAM", "LONG_APPROVAL_CIRCUIT", "INTERNAL_CONTROL"),
  /** Layers whose job is mainly to control those who work. */
  OBESITY("EXCESS_LEVELS", "MULTIPLE_TOPS", "PASS_THROUGH_MANAGER", "NARROW_SPAN");

  private static final Map<String, ChainLink> BY_CODE = new HashMap<>();

  static {
    for (ChainLink link : values()) {
      for (String code : link.codes) {
        if (BY_CODE.put(code, link) != null) {
          throw new IllegalStateException("finding code in two links: " + code);
        }
      }
    }
  }

  private final List<String> codes;

  ChainLink(String... codes) {
    this.codes = List.of(codes);
  }

  /**
   * The link a finding code belongs to.
   *
   * @throws IllegalArgumentException for a code no link holds: a new finding must be classified here
   */
  public static ChainLink of(String code) {
    ChainLink link = BY_CODE.get(code);
    if (link == null) {
      throw new IllegalArgumentException("finding code in no link of the anti-value chain: " + code);
    }
    return link;
  }

  /** The finding codes of this link, the most telling first. */
  public List<String> codes() {
    return codes;
  }

  /** The lower-case key pages and messages use: {@code technocratisation}, {@code bureaucratisation}, {@code obesity}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
