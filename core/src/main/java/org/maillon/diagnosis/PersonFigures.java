package org.maillon.diagnosis;

import java.util.List;

/**
 * One collaborator's place: in the hierarchy (depth, direct reports) and in the value chain (hops
 * to the final customer, and the chain of node ids that leads there, {@code []} when none does).
 */
public record PersonFigures(
    String id,
    String name,
    String team,
    String manager,
    int depth,
    List<String> directReports,
    Integer hopsToCustomer,
    List<String> chain) {}
