package org.maillon.server.teams;

import java.util.List;
import org.maillon.valuechain.TeamFigures;
import org.maillon.valuechain.UnaskedCommitment;
import org.maillon.valuechain.UncoveredExpectation;

/** A team's figures with its kind as the model's word ({@code front-line}, {@code core}, {@code support}). */
record TeamView(
    String id,
    String name,
    String kind,
    List<String> members,
    Integer hopsToCustomer,
    List<String> suppliers,
    List<String> customers,
    List<String> customersOfCustomers,
    List<String> finalCustomers,
    boolean reachesFrontLine,
    List<UncoveredExpectation> uncoveredExpectations,
    List<UnaskedCommitment> unaskedCommitments) {

  static TeamView of(TeamFigures t) {
    return new TeamView(t.id(), t.name(), t.kind().code(), t.members(), t.hopsToCustomer(), t.suppliers(),
        t.customers(), t.customersOfCustomers(), t.finalCustomers(), t.reachesFrontLine(),
        t.uncoveredExpectations(), t.unaskedCommitments());
  }
}
