package org.maillon.server.teams.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Decimals;
import org.maillon.model.Procedure;

/**
 * The form of a team's card as the page posts it: a row per commitment toward a customer, per
 * expectation toward a supplier and per procedure, and the reason for the change. It works without
 * JavaScript: the buttons that add or remove a row post the form, which comes back arranged; a
 * blank row at the end of each section takes a new entry, and blank rows are not part of the card.
 * Bound by Spring field by field ({@code commitments[2].text}), so a bean, not a record.
 */
public class CardForm {

  private List<CommitmentRow> commitments = new ArrayList<>();
  private List<ExpectationRow> expectations = new ArrayList<>();
  private List<ProcedureRow> procedures = new ArrayList<>();
  private String reason;

  /** The form of the team's card as the model states it. */
  static CardForm of(Organization model, String team) {
    CardForm form = new CardForm();
    for (Link link : model.links()) {
      if (link.from().equals(team)) {
        for (Commitment commitment : link.commitments()) {
          form.commitments.add(new CommitmentRow(link.to(), commitment.text(), commitment.answers()));
        }
      } else if (link.to().equals(team)) {
        for (Expectation expectation : link.expectations()) {
          form.expectations.add(new ExpectationRow(link.from(), expectation.id(), expectation.text()));
        }
      }
    }
    model.procedures().stream().filter(p -> team.equals(p.team())).map(ProcedureRow::of).forEach(form.procedures::add);
    return form;
  }

  /**
   * Adds the row {@code add} asks for ({@code commitment:customer}, {@code expectation:supplier},
   * {@code procedure}), removes the one {@code remove} names ({@code commitments:3}), then gives
   * each customer, supplier and the procedures a blank row at their end if they lack one.
   */
  void arrange(List<String> customers, List<String> suppliers, String add, String remove) {
    if (remove != null && remove.matches("(commitments|expectations|procedures):\\d{1,4}")) {
      List<?> rows = rows(remove.substring(0, remove.indexOf(':')));
      int row = Integer.parseInt(remove.substring(remove.indexOf(':') + 1));
      if (row < rows.size()) {
        rows.remove(row);
      }
    }
    for (String customer : customers) {
      if (add != null && add.equals("commitment:" + customer) || lacksBlank(commitments, r -> customer.equals(r.to))) {
        commitments.add(new CommitmentRow(customer, null, List.of()));
      }
    }
    for (String supplier : suppliers) {
      if (add != null && add.equals("expectation:" + supplier) || lacksBlank(expectations,
          r -> supplier.equals(r.from))) {
        expectations.add(new ExpectationRow(supplier, null, null));
      }
    }
    if ("procedure".equals(add) || lacksBlank(procedures, r -> true)) {
      procedures.add(new ProcedureRow());
    }
  }

  private List<?> rows(String section) {
    return switch (section) {
      case "commitments" -> commitments;
      case "expectations" -> expectations;
      default -> procedures;
    };
  }

  private static <R extends Row> boolean lacksBlank(List<R> rows, Predicate<R> inSection) {
    R last = null;
    for (R row : rows) {
      if (inSection.test(row)) {
        last = row;
      }
    }
    return last == null || !last.blank();
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** A row of the form, blank when nothing was written in it. */
  interface Row {
    boolean blank();
  }

  /** A commitment toward the customer {@code to}, and the ids of that customer's expectations it answers. */
  public static class CommitmentRow implements Row {
    private String to;
    private String text;
    private List<String> answers = new ArrayList<>();

    public CommitmentRow() {}

    CommitmentRow(String to, String text, List<String> answers) {
      this.to = to;
      this.text = text;
      this.answers = new ArrayList<>(answers);
    }

    @Override
    public boolean blank() {
      return CardForm.blank(text) && (answers == null || answers.isEmpty());
    }

    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public List<String> getAnswers() { return answers; }
    public void setAnswers(List<String> answers) { this.answers = answers == null ? new ArrayList<>() : answers; }
  }

  /** An expectation toward the supplier {@code from}: its short name, optional on the page, and its text. */
  public static class ExpectationRow implements Row {
    private String from;
    private String id;
    private String text;

    public ExpectationRow() {}

    ExpectationRow(String from, String id, String text) {
      this.from = from;
      this.id = id;
      this.text = text;
    }

    @Override
    public boolean blank() {
      return CardForm.blank(id) && CardForm.blank(text);
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
  }

  /**
   * A procedure of the team, its fields as the page writes them: {@code steps} a number, {@code
   * approvals} the approvers' ids in the order they sign, separated by commas; {@code leadTimeDays}
   * and {@code workHours} decimals with either mark, blank when not stated; {@code id} kept from
   * the model, made from the name for a new one.
   */
  public static class ProcedureRow implements Row {
    private String id;
    private String name;
    private String steps;
    private String approvals;
    private String leadTimeDays;
    private String workHours;
    private List<String> serves = new ArrayList<>();

    public ProcedureRow() {}

    static ProcedureRow of(Procedure procedure) {
      ProcedureRow row = new ProcedureRow();
      row.id = procedure.id();
      row.name = procedure.name();
      row.steps = Integer.toString(procedure.steps());
      row.approvals = String.join(", ", procedure.approvals());
      row.leadTimeDays = procedure.leadTimeDays() == null ? null : Decimals.plain(procedure.leadTimeDays());
      row.workHours = procedure.workHours() == null ? null : Decimals.plain(procedure.workHours());
      row.serves = new ArrayList<>(procedure.serves());
      return row;
    }

    /** The approvers' ids as written, in order. */
    List<String> approvalIds() {
      return CardForm.blank(approvals) ? List.of() : List.of(approvals.strip().split("[,;\\s]+"));
    }

    @Override
    public boolean blank() {
      return CardForm.blank(name) && CardForm.blank(steps) && CardForm.blank(approvals)
          && CardForm.blank(leadTimeDays) && CardForm.blank(workHours) && (serves == null || serves.isEmpty());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSteps() { return steps; }
    public void setSteps(String steps) { this.steps = steps; }
    public String getApprovals() { return approvals; }
    public void setApprovals(String approvals) { this.approvals = approvals; }
    public String getLeadTimeDays() { return leadTimeDays; }
    public void setLeadTimeDays(String leadTimeDays) { this.leadTimeDays = leadTimeDays; }
    public String getWorkHours() { return workHours; }
    public void setWorkHours(String workHours) { this.workHours = workHours; }
    public List<String> getServes() { return serves; }
    public void setServes(List<String> serves) { this.serves = serves == null ? new ArrayList<>() : serves; }
  }

  public List<CommitmentRow> getCommitments() { return commitments; }
  public void setCommitments(List<CommitmentRow> commitments) { this.commitments = commitments; }
  public List<ExpectationRow> getExpectations() { return expectations; }
  public void setExpectations(List<ExpectationRow> expectations) { this.expectations = expectations; }
  public List<ProcedureRow> getProcedures() { return procedures; }
  public void setProcedures(List<ProcedureRow> procedures) { this.procedures = procedures; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
