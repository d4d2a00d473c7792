package org.maillon.server.people;

import java.util.List;
import org.maillon.card.ManagerRef;
import org.maillon.card.NodeRef;
import org.maillon.card.PersonPlace;
import org.maillon.diagnosis.PersonFigures;

/**
 * A person's place in the chain: the card of "my place" ({@link PersonPlace}) with the hierarchy
 * figures of the diagnosis (depth, direct reports).
 *
 * @param managers from the nearest up to the top
 * @param chainToCustomer from the person's team to a final customer; empty when none is reached
 */
record PersonView(
    String id,
    String name,
    String title,
    NodeRef team,
    List<ManagerRef> managers,
    int depth,
    List<String> directReports,
    Integer hopsToCustomer,
    List<NodeRef> chainToCustomer) {

  static PersonView of(PersonPlace place, PersonFigures figures) {
    return new PersonView(place.id(), place.name(), place.title(), place.team(), place.managers(), figures.depth(),
        figures.directReports(), place.hopsToCustomer(), place.chainToCustomer());
  }
}
