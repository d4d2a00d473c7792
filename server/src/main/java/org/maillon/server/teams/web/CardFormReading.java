package org.maillon.server.teams.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maillon.card.CardStatement;
import org.maillon.card.CardStatement.Problem;
import org.maillon.card.CardStatement.StatedCommitment;
import org.maillon.card.CardStatement.StatedExpectation;
import org.maillon.model.Procedure;
import org.maillon.server.teams.web.CardForm.CommitmentRow;
import org.maillon.server.teams.web.CardForm.ExpectationRow;
import org.maillon.server.teams.web.CardForm.ProcedureRow;

/**
 * A posted card form read as the card statement it says: blank rows left out, a new expectation's
 * or procedure's id made from its text, a procedure's steps and approvers checked here (the
 * statement has no room for a number that is not one, and a procedure's approvers are checked
 * against the people only once the model is made). Problems are located by the form's fields
 * ({@code procedures[3].steps}), and the statement's moved back to the rows they came from.
 * Time linear in the form's rows.
 */
final class CardFormReading {

  private static final Pattern ROW = Pattern.compile("(commitments|expectations|procedures)\\[(\\d+)](.*)");
  private static final int ID_LENGTH = 40;

  private final List<Integer> commitmentRows = new ArrayList<>();
  private final List<Integer> expectationRows = new ArrayList<>();
  private final List<Integer> procedureRows = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final CardStatement statement;

  /**
   * @param team the team whose card it is
   * @param isPerson whether an id is a person's of the model
   * @param otherProcedures the ids of other teams' procedures, which a new procedure's id avoids
   */
  CardFormReading(CardForm form, String team, Predicate<String> isPerson, Set<String> otherProcedures) {
    List<StatedCommitment> commitments = new ArrayList<>();
    for (int i = 0; i < form.getCommitments().size(); i++) {
      CommitmentRow row = form.getCommitments().get(i);
      if (!row.blank()) {
        commitmentRows.add(i);
        commitments.add(new StatedCommitment(row.getTo(), row.getText(), row.getAnswers()));
      }
    }
    List<StatedExpectation> expectations = new ArrayList<>();
    Set<String> expectationIds = new HashSet<>();
    form.getExpectations().stream().filter(r -> !CardForm.blank(r.getId()))
        .forEach(r -> expectationIds.add(r.getFrom() + '/' + r.getId().strip()));
    for (int i = 0; i < form.getExpectations().size(); i++) {
      ExpectationRow row = form.getExpectations().get(i);
      if (!row.blank()) {
        expectationRows.add(i);
        String id = CardForm.blank(row.getId()) ? newId(row.getText(), row.getFrom() + '/', expectationIds) : row.getId();
        expectations.add(new StatedExpectation(row.getFrom(), id, row.getText()));
      }
    }
    Set<String> procedureIds = new HashSet<>(otherProcedures);
    form.getProcedures().stream().filter(r -> !CardForm.blank(r.getId())).forEach(r -> procedureIds.add(r.getId()));
    List<Procedure> procedures = new ArrayList<>();
    for (int i = 0; i < form.getProcedures().size(); i++) {
      ProcedureRow row = form.getProcedures().get(i);
      if (!row.blank()) {
        procedureRows.add(i);
        procedures.add(procedure(row, "procedures[" + i + "]", team, isPerson, procedureIds));
      }
    }
    statement = new CardStatement(commitments, expectations, procedures);
  }

  /** The card the form states. */
  CardStatement statement() {
    return statement;
  }

  /** The form's own problems, each located by its field; their message is the page's to say. */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** A problem of the statement located by the form's field: {@code commitments[1].answers[0]} → {@code commitments[4].answers}. */
  Problem located(Problem problem) {
    Matcher matcher = ROW.matcher(problem.field());
    if (!matcher.matches()) {
      return problem;
    }
    List<Integer> rows = switch (matcher.group(1)) {
      case "commitments" -> commitmentRows;
      case "expectations" -> expectationRows;
      default -> procedureRows;
    };
    int index = Integer.parseInt(matcher.group(2));
    String row = index < rows.size() ? Integer.toString(rows.get(index)) : matcher.group(2);
    return new Problem(matcher.group(1) + "[" + row + "]" + matcher.group(3).replaceAll("\\[\\d+]$", ""),
        problem.code(), problem.message());
  }

  private Procedure procedure(ProcedureRow row, String at, String team, Predicate<String> isPerson, Set<String> ids) {
    if (CardForm.blank(row.getName())) {
      problems.add(new Problem(at + ".name", "required", null));
    }
    int steps = Procedure.MIN_STEPS;
    if (!CardForm.blank(row.getSteps())) {
      try {
        steps = Integer.parseInt(row.getSteps().strip());
      } catch (NumberFormatException notANumber) {
        steps = Procedure.MIN_STEPS - 1;
      }
      if (steps < Procedure.MIN_STEPS) {
        problems.add(new Problem(at + ".steps", "steps", null));
      }
    }
    List<String> approvals = row.approvalIds();
    if (!approvals.stream().allMatch(isPerson)) {
      problems.add(new Problem(at + ".approvals", "unknownPerson", null));
    }
    Double lead = time(row.getLeadTimeDays(), at + ".leadTimeDays");
    Double work = time(row.getWorkHours(), at + ".workHours");
    if (lead != null && work != null && work > lead * Procedure.HOURS_PER_DAY) {
      problems.add(new Problem(at + ".workHours", "exceedsLeadTime", null));
    }
    String id = CardForm.blank(row.getId()) ? newId(row.getName(), "", ids) : row.getId();
    return new Procedure(id, team, CardForm.blank(row.getName()) ? null : row.getName().strip(), steps, approvals,
        row.getServes(), lead, work);
  }

  /** A time as written, either decimal mark; blank is not stated, anything but a number above 0 a problem. */
  private Double time(String written, String field) {
    if (CardForm.blank(written)) {
      return null;
    }
    try {
      double value = Double.parseDouble(written.strip().replace(',', '.'));
      if (value > 0 && Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    problems.add(new Problem(field, "positive", null));
    return null;
  }

  /** An id made from a text (lower case, accents and signs dropped), unused under this prefix; it is then used. */
  static String newId(String text, String prefix, Set<String> taken) {
    String base = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    base = base.isEmpty() ? "x" : base.substring(0, Math.min(ID_LENGTH, base.length())).replaceAll("-$", "");
    String id = base;
    for (int n = 2; taken.contains(prefix + id); n++) {
      id = base + "-" + n;
    }
    taken.add(prefix + id);
    return id;
  }
}
