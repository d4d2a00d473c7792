package org.maillon.card;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.PersonFigures;
import org.maillon.model.Person;

/**
 * Builds the cards from a diagnosis and its model. A card reads only what it shows (a person's
 * managers, a team's links and its customers' links), found through the diagnosis's indexes, and
 * holds nothing per person, so the server builds them on demand even for very large organisations.
 */
public final class Cards {

  private Cards() {}

  /** The place of the person with this id, or empty when the model has no such person. */
  public static Optional<PersonPlace> place(Diagnosis diagnosis, String personId) {
    return diagnosis.person(personId).map(figures -> place(diagnosis, figures));
  }

  /** The card of the team with this id, or empty when the model has no such team. */
  public static Optional<TeamCard> card(Diagnosis diagnosis, String teamId) {
    return diagnosis.team(teamId).map(figures -> TeamCards.card(diagnosis, figures));
  }

  private static PersonPlace place(Diagnosis diagnosis, PersonFigures person) {
    List<PersonFigures> chain = managerChain(diagnosis, person);
    Map<String, String> titles = titles(diagnosis, person, chain);
    List<ManagerRef> managers = chain.stream()
        .map(manager -> new ManagerRef(manager.id(), manager.name(), titles.get(manager.id())))
        .toList();
    NodeNames names = new NodeNames(diagnosis);
    NodeRef team = person.team() == null ? null : names.ref(person.team());
    return new PersonPlace(person.id(), person.name(), titles.get(person.id()), team, managers,
        names.refs(person.chain()), person.hopsToCustomer());
  }

  /** The managers from the nearest up to the top, walked iteratively: chains may be very deep. */
  private static List<PersonFigures> managerChain(Diagnosis diagnosis, PersonFigures person) {
    List<PersonFigures> chain = new ArrayList<>();
    String next = person.manager();
    while (next != null && chain.size() < diagnosis.personCount()) {
      PersonFigures manager = diagnosis.person(next).orElseThrow();
      chain.add(manager);
      next = manager.manager();
    }
    return chain;
  }

  /** Titles are not diagnosis figures: the model gives each, found by id. */
  private static Map<String, String> titles(Diagnosis diagnosis, PersonFigures person, List<PersonFigures> chain) {
    Map<String, String> titles = new HashMap<>();
    titles.put(person.id(), title(diagnosis, person.id()));
    chain.forEach(manager -> titles.put(manager.id(), title(diagnosis, manager.id())));
    return titles;
  }

  private static String title(Diagnosis diagnosis, String personId) {
    return diagnosis.personInModel(personId).map(Person::title).orElse(null);
  }
}
