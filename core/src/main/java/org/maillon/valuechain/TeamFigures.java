package org.maillon.valuechain;

import java.util.List;
import org.maillon.model.TeamKind;

/**
 * One team's place in the value chain, as the diagnosis JSON gives it. {@code hopsToCustomer} is
 * null when no path leads to a final customer. Lists are sorted. {@code revenueReached} is null
 * when no final customer the team reaches states a revenue.
 */
public record TeamFigures(
    String id,
    String name,
    TeamKind kind,
    List<String> members,
    Integer hopsToCustomer,
    List<String> suppliers,
    List<String> customers,
    List<String> customersOfCustomers,
    List<String> finalCustomers,
    boolean reachesFrontLine,
    List<UncoveredExpectation> uncoveredExpectations,
    List<UnaskedCommitment> unaskedCommitments,
    RevenueReach revenueReached) {}
