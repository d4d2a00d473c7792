package org.maillon.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.maillon.card.CardStatement.Problem;
import org.maillon.card.CardStatement.StatedCommitment;
import org.maillon.card.CardStatement.StatedExpectation;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Procedure;

/**
 * A team's card statement applied to the model: the commitments on the team's outgoing links, the
 * expectations on its incoming links and its procedures replaced, nothing else touched but a
 * supplier's commitment that answered an expectation the team no longer states: it answers it no
 * more, and shows as unasked until the supplier restates it. Every
 * problem of the statement is found at once, each located by its field; with any problem, no model
 * comes out. The rest (procedures' approvers, lengths) is the model validator's, as for an import.
 * A link whose words change is dated with the day of the edit, given by the caller (the core reads
 * no clock), and no longer confirmed.
 * Time linear in the model's links and procedures and the statement's size.
 */
public final class CardEdits {

  private CardEdits() {}

  /** The new model, or the statement's problems. */
  public record Result(Organization organization, List<Problem> problems) {

    public Result {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Applies the statement; a link whose expectations or commitments it changes is dated {@code day}
   * and waits for its customer's confirmation again.
   */
  public static Result apply(Organization model, String team, CardStatement statement, LocalDate day) {
    Map<String, Link> toCustomer = new HashMap<>();
    Map<String, Link> fromSupplier = new HashMap<>();
    for (Link link : model.links()) {
      if (link.from().equals(team)) {
        toCustomer.put(link.to(), link);
      } else if (link.to().equals(team)) {
        fromSupplier.put(link.from(), link);
      }
    }
    List<Problem> problems = new ArrayList<>();
    checkCommitments(statement.commitments(), toCustomer, problems);
    checkExpectations(statement.expectations(), fromSupplier, problems);
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    List<Link> links = model.links().stream().map(link -> restated(link, team, statement, day)).toList();
    List<Procedure> procedures = new ArrayList<>(model.procedures().stream().filter(p -> !team.equals(p.team())).toList());
    statement.procedures().forEach(p -> procedures.add(new Procedure(p.id(), team, p.name(), p.steps(), p.approvals(),
        p.serves(), p.leadTimeDays(), p.workHours())));
    return new Result(new Organization(model.name(), model.settings(), model.customers(), model.partners(),
        model.teams(), model.people(), links, procedures), List.of());
  }

  private static Link restated(Link link, String team, CardStatement statement, LocalDate day) {
    if (link.from().equals(team)) {
      List<Commitment> commitments = statement.commitments().stream().filter(c -> c.to().equals(link.to()))
          .map(c -> new Commitment(c.text().strip(), c.answers())).toList();
      return link.restated(link.expectations(), commitments, day);
    }
    if (link.to().equals(team)) {
      List<Expectation> expectations = statement.expectations().stream().filter(e -> e.from().equals(link.from()))
          .map(e -> new Expectation(e.id().strip(), e.text().strip())).toList();
      Set<String> ids = new HashSet<>();
      expectations.forEach(e -> ids.add(e.id()));
      List<Commitment> commitments = link.commitments().stream()
          .map(c -> new Commitment(c.text(), c.answers().stream().filter(ids::contains).toList())).toList();
      return link.restated(expectations, commitments, day);
    }
    return link;
  }

  private static void checkCommitments(List<StatedCommitment> commitments, Map<String, Link> toCustomer,
      List<Problem> problems) {
    for (int i = 0; i < commitments.size(); i++) {
      StatedCommitment commitment = commitments.get(i);
      String at = "commitments[" + i + "]";
      Link link = commitment.to() == null ? null : toCustomer.get(commitment.to());
      if (link == null) {
        problems.add(new Problem(at + ".to", "unknownCustomer",
            "The team serves no customer with the id '" + commitment.to() + "'."));
      }
      if (blank(commitment.text())) {
        problems.add(new Problem(at + ".text", "required", "A commitment needs its text."));
      }
      Set<String> asked = new HashSet<>();
      if (link != null) {
        link.expectations().forEach(e -> asked.add(e.id()));
      }
      for (int j = 0; j < commitment.answers().size(); j++) {
        String answer = commitment.answers().get(j);
        if (link != null && !asked.contains(answer)) {
          problems.add(new Problem(at + ".answers[" + j + "]", "unknownExpectation",
              "The customer '" + commitment.to() + "' states no expectation with the id '" + answer + "'."));
        }
      }
    }
  }

  private static void checkExpectations(List<StatedExpectation> expectations, Map<String, Link> fromSupplier,
      List<Problem> problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < expectations.size(); i++) {
      StatedExpectation expectation = expectations.get(i);
      String at = "expectations[" + i + "]";
      if (expectation.from() == null || !fromSupplier.containsKey(expectation.from())) {
        problems.add(new Problem(at + ".from", "unknownSupplier",
            "No supplier with the id '" + expectation.from() + "' serves the team."));
      }
      if (blank(expectation.id())) {
        problems.add(new Problem(at + ".id", "required", "An expectation needs an id."));
      } else if (!seen.add(expectation.from() + '\u0000' + expectation.id().strip())) {
        problems.add(new Problem(at + ".id", "duplicate",
            "The id '" + expectation.id() + "' is already used toward this supplier."));
      }
      if (blank(expectation.text())) {
        problems.add(new Problem(at + ".text", "required", "An expectation needs its text."));
      }
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
