package org.maillon.card;

import java.util.List;
import org.maillon.valuechain.RevenueReach;
import org.maillon.valuechain.UnaskedCommitment;
import org.maillon.valuechain.UncoveredExpectation;

/**
 * A team card, the second of the five actions: whom the team depends on (internal suppliers and
 * external partners), whom it serves (internal customers and final customers) and its customers'
 * customers, with its duties toward its customers and its requirements toward its suppliers. One
 * duty per outgoing link and one requirement per incoming link, even when nothing is stated yet, so
 * that a missing commitment or expectation shows. {@code kind} is the model's word
 * ({@code front-line}, {@code core}, {@code support}); {@code hopsToCustomer} is null when no path
 * leads to a final customer; {@code revenueReached} is null when no final customer the team
 * reaches states a revenue.
 */
public record TeamCard(
    String id,
    String name,
    String kind,
    String function,
    int members,
    Integer hopsToCustomer,
    List<NodeRef> supplierTeams,
    List<NodeRef> partners,
    List<NodeRef> customerTeams,
    List<NodeRef> finalCustomers,
    List<NodeRef> customersOfCustomers,
    List<Duty> duties,
    List<Requirement> requirements,
    List<UncoveredExpectation> uncoveredExpectations,
    List<UnaskedCommitment> unaskedCommitments,
    RevenueReach revenueReached) {

  public TeamCard {
    supplierTeams = List.copyOf(supplierTeams);
    partners = List.copyOf(partners);
    customerTeams = List.copyOf(customerTeams);
    finalCustomers = List.copyOf(finalCustomers);
    customersOfCustomers = List.copyOf(customersOfCustomers);
    duties = List.copyOf(duties);
    requirements = List.copyOf(requirements);
    uncoveredExpectations = List.copyOf(uncoveredExpectations);
    unaskedCommitments = List.copyOf(unaskedCommitments);
  }
}
