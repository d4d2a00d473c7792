package org.maillon.valuechain;

import org.maillon.model.TeamKind;

/**
 * The kinds of node of the value chain and the one colour each is drawn in, wherever it is drawn:
 * the command line's report, the pages' charts and badges. A reader who learnt that the front line
 * is green in one place finds it green everywhere. Every colour carries white text at a contrast of
 * at least 4.5:1.
 */
public enum NodeKind {
  FINAL_CUSTOMER("customer", "#7a1fa8"),
  FRONT_LINE("front-line", "#1b7f3b"),
  CORE("core", "#1f5fa8"),
  SUPPORT("support", "#a8641f"),
  PARTNER("partner", "#5b6473");

  /** The red that marks what reaches no final customer. */
  public static final String APART_COLOUR = "#a40000";

  private final String code;
  private final String colour;

  NodeKind(String code, String colour) {
    this.code = code;
    this.colour = colour;
  }

  /** The word for the kind in the pages and their messages: a team kind's code, {@code customer} or {@code partner}. */
  public String code() {
    return code;
  }

  /** The colour, as {@code #rrggbb}. */
  public String colour() {
    return colour;
  }

  /** The kind of that {@link #code()}. */
  public static NodeKind ofCode(String code) {
    for (NodeKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no kind of node is called " + code);
  }

  /** The kind of a team of that kind. */
  public static NodeKind of(TeamKind kind) {
    return switch (kind) {
      case FRONT_LINE -> FRONT_LINE;
      case CORE -> CORE;
      case SUPPORT -> SUPPORT;
    };
  }
}
