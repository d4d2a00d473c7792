package org.maillon.card;

import java.util.List;

/**
 * Where one collaborator stands: in the hierarchy (the managers up to the top, nearest first) and in
 * the value chain (the path of nodes from their team to a final customer). It answers the first of
 * the five actions, "my place in the chain". {@code team} and {@code hopsToCustomer} are null when
 * the person has no team or the team reaches no final customer; {@code chainToCustomer} is then empty.
 */
public record PersonPlace(
    String id,
    String name,
    String title,
    NodeRef team,
    List<ManagerRef> managers,
    List<NodeRef> chainToCustomer,
    Integer hopsToCustomer) {

  public PersonPlace {
    managers = List.copyOf(managers);
    chainToCustomer = List.copyOf(chainToCustomer);
  }
}
