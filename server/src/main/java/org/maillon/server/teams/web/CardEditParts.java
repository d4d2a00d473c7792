package org.maillon.server.teams.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.maillon.card.Cards;
import org.maillon.card.NodeRef;
import org.maillon.card.TeamCard;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Expectation;
import org.maillon.model.Link;

/**
 * What the card's edit page shows around the form: the team, each customer with the expectations a
 * commitment may answer, each supplier, and which rows of the form go under each; the names of the
 * approvers each procedure row names, so that ids read as people.
 *
 * @param procedureRows every row of {@code form.procedures}, in order
 * @param approvers by procedure row, in order, the names of its approvers who are people of the model
 */
record CardEditParts(TeamCard card, List<Customer> customers, List<Supplier> suppliers, List<Integer> procedureRows,
    List<String> approvers) {

  /** A customer of the team, the ids and texts of its expectations, and its rows of {@code form.commitments}. */
  record Customer(String id, String label, List<Expectation> expectations, List<Integer> rows) {}

  /** A supplier of the team and its rows of {@code form.expectations}. */
  record Supplier(String id, String label, List<Integer> rows) {}

  /** The parts of the form once arranged as {@link CardForm#arrange} says. */
  static CardEditParts of(Diagnosis diagnosis, String team, CardForm form, String add, String remove) {
    TeamCard card = Cards.card(diagnosis, team).orElseThrow();
    Map<String, List<Expectation>> asked = new HashMap<>();
    for (Link link : diagnosis.linksFrom(team)) {
      asked.put(link.to(), link.expectations());
    }
    List<NodeRef> customers = card.duties().stream().map(d -> d.customer()).toList();
    List<NodeRef> suppliers = card.requirements().stream().map(r -> r.supplier()).toList();
    form.arrange(customers.stream().map(NodeRef::id).toList(), suppliers.stream().map(NodeRef::id).toList(), add,
        remove);
    List<Customer> customerParts = customers.stream().map(c -> new Customer(c.id(), label(c),
        asked.getOrDefault(c.id(), List.of()), rows(form.getCommitments().size(),
            i -> c.id().equals(form.getCommitments().get(i).getTo())))).toList();
    List<Supplier> supplierParts = suppliers.stream().map(s -> new Supplier(s.id(), label(s),
        rows(form.getExpectations().size(), i -> s.id().equals(form.getExpectations().get(i).getFrom())))).toList();
    List<String> approvers = new ArrayList<>();
    for (CardForm.ProcedureRow row : form.getProcedures()) {
      List<String> names = new ArrayList<>();
      for (String id : row.approvalIds()) {
        diagnosis.person(id).map(PersonFigures::name).filter(n -> !n.isBlank()).ifPresent(names::add);
      }
      approvers.add(String.join(", ", names));
    }
    return new CardEditParts(card, customerParts, supplierParts, rows(form.getProcedures().size(), i -> true),
        approvers);
  }

  private static String label(NodeRef node) {
    return node.name() == null || node.name().isBlank() ? node.id() : node.name();
  }

  private static List<Integer> rows(int size, IntPredicate inPart) {
    return IntStream.range(0, size).filter(inPart).boxed().toList();
  }
}
