package org.maillon.diagnosis;

import static org.maillon.diagnosis.ChainLink.BUREAUCRATISATION;
import static org.maillon.diagnosis.ChainLink.OBESITY;
import static org.maillon.diagnosis.ChainLink.TECHNOCRATISATION;

import org.maillon.bureaucracy.BureaucracyFigures;
import org.maillon.hierarchy.HierarchyFigures;
import org.maillon.valuechain.AgreementFigures;
import org.maillon.valuechain.ValueChainFigures;

/**
 * What a link of the anti-value chain is scored on: each measure counts a shortfall out of a total
 * taken from the diagnosis' figures (3 of 22 teams reach no final customer), so that a link's score
 * and the cost the home page's verdict states are the same numbers. Within a link, the most telling
 * measure comes first; it wins a tie for the link's weakest. docs/design.md, "Scoring the links",
 * defines them.
 */
public enum LinkMeasure {

  /** Teams that reach no final customer, of all teams. */
  TEAMS_WITHOUT_PATH(TECHNOCRATISATION),
  /** Support teams that do not reach the front line, of all support teams. */
  SUPPORT_NOT_REACHING(TECHNOCRATISATION),
  /** Links on which the front line serves support, of all links. */
  INVERSIONS(TECHNOCRATISATION),
  /** Expectations no commitment answers, of all expectations. */
  UNCOVERED_EXPECTATIONS(TECHNOCRATISATION),
  /** Commitments no expectation asks for, of all commitments. */
  UNASKED_COMMITMENTS(TECHNOCRATISATION),

  /** Procedures whose approval circuit climbs too high, of all procedures. */
  CLIMBING_CIRCUITS(BUREAUCRATISATION),
  /** Front-line procedures held up by support approvals, of all procedures. */
  HELD_BY_SUPPORT(BUREAUCRATISATION),
  /** Internal controls, procedures that serve no customer, of all procedures. */
  INTERNAL_CONTROLS(BUREAUCRATISATION),

  /** Excess levels, of the levels between the top and the base. */
  EXCESS_LEVELS(OBESITY),
  /** Pass-through managers, of all managers. */
  PASS_THROUGH_MANAGERS(OBESITY);

  private final ChainLink link;

  LinkMeasure(ChainLink link) {
    this.link = link;
  }

  public ChainLink link() {
    return link;
  }

  /** This measure taken on a diagnosis. */
  public Value of(Diagnosis diagnosis) {
    ValueChainFigures chain = diagnosis.valueChain();
    AgreementFigures agreements = diagnosis.agreements();
    BureaucracyFigures procedures = diagnosis.bureaucracy();
    HierarchyFigures hierarchy = diagnosis.hierarchy();
    return switch (this) {
      case TEAMS_WITHOUT_PATH -> new Value(this, chain.disconnectedTeams().size(), chain.teams());
      case SUPPORT_NOT_REACHING -> new Value(this, chain.supportTeamsNotReachingFrontLine().size(), chain.supportTeams());
      case INVERSIONS -> new Value(this, chain.inversions().size(), chain.links());
      case UNCOVERED_EXPECTATIONS -> new Value(this, agreements.uncoveredExpectations(), agreements.expectations());
      case UNASKED_COMMITMENTS -> new Value(this, agreements.unaskedCommitments(), agreements.commitments());
      case CLIMBING_CIRCUITS -> new Value(this, procedures.climbingCircuits().size(), procedures.procedures());
      case HELD_BY_SUPPORT -> new Value(this, procedures.frontLineApprovedBySupport().size(), procedures.procedures());
      case INTERNAL_CONTROLS -> new Value(this, procedures.internalControls().size(), procedures.procedures());
      case EXCESS_LEVELS -> new Value(this, hierarchy.excessLevels(), hierarchy.levelsBetweenTopAndBase());
      case PASS_THROUGH_MANAGERS -> new Value(this, hierarchy.passThroughManagers().size(), hierarchy.managers());
    };
  }

  /** The lower-camel key pages and messages use, e.g. {@code excessLevels}. */
  public String key() {
    StringBuilder key = new StringBuilder();
    for (String word : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
      key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return key.toString();
  }

  /**
   * A measure taken: {@code shortfall} out of {@code total}.
   *
   * @throws IllegalArgumentException when a count is negative or the shortfall exceeds the total
   */
  public record Value(LinkMeasure measure, int shortfall, int total) {

    public Value {
      if (shortfall < 0 || total < shortfall) {
        throw new IllegalArgumentException(measure + ": " + shortfall + " of " + total);
      }
    }

    /** What is left once the shortfall is taken out: the levels needed, the teams with a path… */
    public int sound() {
      return total - shortfall;
    }

    /** 100 × sound ÷ total, rounded half up; 100 when there is nothing to count. */
    public int score() {
      return total == 0 ? 100 : (200 * sound() + total) / (2 * total);
    }
  }
}
