package org.maillon.card;

import java.util.List;
import org.maillon.model.Procedure;

/**
 * What a team states of its own part of the model, as its lead edits its card: its commitments
 * toward each of its customers, its expectations toward each of its suppliers, and its procedures.
 * Everything else of the model — other teams' words, people, links themselves — is not the team's
 * to change. Lists replace what the model states: a customer left without commitments has none.
 */
public record CardStatement(List<StatedCommitment> commitments, List<StatedExpectation> expectations,
    List<Procedure> procedures) {

  public CardStatement {
    commitments = List.copyOf(commitments == null ? List.of() : commitments);
    expectations = List.copyOf(expectations == null ? List.of() : expectations);
    procedures = List.copyOf(procedures == null ? List.of() : procedures);
  }

  /** A commitment toward the customer {@code to}, answering expectations of that customer's. */
  public record StatedCommitment(String to, String text, List<String> answers) {

    public StatedCommitment {
      answers = answers == null ? List.of() : List.copyOf(answers);
    }
  }

  /** An expectation of the team's toward the supplier {@code from}; its id is unique toward that supplier. */
  public record StatedExpectation(String from, String id, String text) {}

  /** One thing wrong with a statement: where ({@code commitments[2].to}), a code and a sentence. */
  public record Problem(String field, String code, String message) {}
}
