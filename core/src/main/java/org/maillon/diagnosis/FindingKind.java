package org.maillon.diagnosis;

import static org.maillon.diagnosis.ChainLink.BUREAUCRATISATION;
import static org.maillon.diagnosis.ChainLink.OBESITY;
import static org.maillon.diagnosis.ChainLink.TECHNOCRATISATION;

/**
 * Every kind of finding with all that belongs to it: its code, its usual severity, its link of the
 * anti-value chain, the kind of subject it is about and its message keys. Adding or reclassifying a
 * finding is one edit here, which the compiler carries to the collector, the reports and the pages.
 * Within a link, the most telling kinds come first.
 *
 * <p>Expectations no commitment answers and commitments no expectation asks for go with
 * technocratisation: a team that commits to what its own rules of the art call for, rather than to
 * what its customer asks, has forgotten the customer who pays. So do links on which supplier and
 * customer state nothing, or on which the customer has long not confirmed what the supplier commits to.
 */
public enum FindingKind {

  NO_FINAL_CUSTOMER(TECHNOCRATISATION, Severity.CRITICAL, Subject.Organization.class),
  DISCONNECTED_TEAM(TECHNOCRATISATION, Severity.CRITICAL, Subject.Team.class),
  TEAM_WITHOUT_CUSTOMER(TECHNOCRATISATION, Severity.WARNING, Subject.Team.class),
  SUPPORT_NOT_REACHING_FRONT_LINE(TECHNOCRATISATION, Severity.WARNING, Subject.Team.class),
  INVERSION(TECHNOCRATISATION, Severity.WARNING, Subject.Link.class),
  FRONT_LINE_WITHOUT_FINAL_CUSTOMER(TECHNOCRATISATION, Severity.WARNING, Subject.Team.class),
  UNCOVERED_EXPECTATION(TECHNOCRATISATION, Severity.WARNING, Subject.Link.class),
  EMPTY_LINK(TECHNOCRATISATION, Severity.WARNING, Subject.Link.class),
  LONG_PENDING_LINK(TECHNOCRATISATION, Severity.WARNING, Subject.Link.class),
  UNASKED_COMMITMENT(TECHNOCRATISATION, Severity.INFO, Subject.Link.class),
  EMPTY_TEAM(TECHNOCRATISATION, Severity.INFO, Subject.Team.class),
  PERSON_WITHOUT_TEAM(TECHNOCRATISATION, Severity.INFO, Subject.Person.class),

  CLIMBING_APPROVAL_CIRCUIT(BUREAUCRATISATION, Severity.WARNING, Subject.Procedure.class),
  SUPPORT_APPROVES_FRONT_LINE(BUREAUCRATISATION, Severity.WARNING, Subject.Procedure.class),
  PROCEDURE_HEAVY_TEAM(BUREAUCRATISATION, Severity.WARNING, Subject.Team.class),
  /** Its days, hours and percentages are decimals ({@link #isDecimalArg}). */
  LOW_FLOW_EFFICIENCY(BUREAUCRATISATION, Severity.WARNING, Subject.Procedure.class, 2, 3, 4, 5),
  LONG_APPROVAL_CIRCUIT(BUREAUCRATISATION, Severity.INFO, Subject.Procedure.class),
  INTERNAL_CONTROL(BUREAUCRATISATION, Severity.INFO, Subject.Procedure.class),

  /** Critical from two levels in excess ({@link #escalated}). */
  EXCESS_LEVELS(OBESITY, Severity.WARNING, Subject.Organization.class),
  MULTIPLE_TOPS(OBESITY, Severity.WARNING, Subject.Organization.class),
  PASS_THROUGH_MANAGER(OBESITY, Severity.WARNING, Subject.Person.class),
  WIDE_SPAN(OBESITY, Severity.WARNING, Subject.Person.class),
  NARROW_SPAN(OBESITY, Severity.INFO, Subject.Person.class);

  private final ChainLink link;
  private final Severity severity;
  private final Class<? extends Subject> subject;
  private final String nameKey;
  private final int decimalArgs;

  FindingKind(ChainLink link, Severity severity, Class<? extends Subject> subject, int... decimalArgs) {
    this.link = link;
    this.severity = severity;
    this.subject = subject;
    this.nameKey = "finding." + name();
    int mask = 0;
    for (int arg : decimalArgs) {
      mask |= 1 << arg;
    }
    this.decimalArgs = mask;
  }

  /** The code the diagnosis JSON and the report write, in upper snake case. */
  public String code() {
    return name();
  }

  /** The severity a finding of this kind has, unless {@link #escalated}. */
  public Severity severity() {
    return severity;
  }

  /** The same severity, raised to critical when the finding is {@code serious}. */
  public Severity escalated(boolean serious) {
    return serious ? Severity.CRITICAL : severity;
  }

  /** The link of the anti-value chain it belongs to. */
  public ChainLink link() {
    return link;
  }

  /** The kind of subject its findings are about. */
  public Class<? extends Subject> subject() {
    return subject;
  }

  /** The key of its one-sentence message, with {@code {n}} arguments, in the findings bundle ({@link FindingMessages}). */
  public String messageKey() {
    return name();
  }

  /** True when it has arguments written as decimals with a point, which messages show in the reader's way. */
  boolean hasDecimalArgs() {
    return decimalArgs != 0;
  }

  /** True when argument {@code index} of its findings is a decimal written with a point ({@code 2.5}). */
  boolean isDecimalArg(int index) {
    return (decimalArgs & 1 << index) != 0;
  }

  /** The key of its short name in the server's messages, {@code finding.<CODE>}. */
  public String nameKey() {
    return nameKey;
  }
}
