package org.maillon.diagnosis;

import java.time.LocalDate;
import org.maillon.bureaucracy.Bureaucracy;
import org.maillon.graph.OrgGraph;
import org.maillon.graph.ResolvedIds;
import org.maillon.hierarchy.Hierarchy;
import org.maillon.model.Organization;
import org.maillon.parallel.Cores;
import org.maillon.parallel.Forked;
import org.maillon.valuechain.ValueChain;

/**
 * Diagnoses a validated organisation. Runs in time linear in people plus links plus procedures and
 * their approvals, spread over the cores (independent families of figures side by side, the
 * largest passes split into ranges) with the same result whatever their number, without recursion,
 * so reporting chains of any depth are safe; the final customers reached by each team, needed only
 * for team details, add a factor of the number of final customers when first asked for.
 */
public final class DiagnosisEngine {

  private DiagnosisEngine() {}

  /**
   * The organisation must have passed the model validator ({@code ModelFiles}), which the engine
   * trusts: it only refuses, with an IllegalArgumentException, what it cannot compile — a
   * duplicated id, an unknown reference, a reporting cycle.
   */
  public static Diagnosis diagnose(Organization organization) {
    return diagnose(organization, (LocalDate) null);
  }

  /**
   * The diagnosis made on the day {@code asOf}, which counts how long links have waited for their
   * customer's confirmation; without a day (null), no link is found pending too long.
   */
  public static Diagnosis diagnose(Organization organization, LocalDate asOf) {
    return Cores.call(() -> diagnose(organization, OrgGraph.of(organization), asOf));
  }

  /**
   * Diagnoses an organisation whose references the model validator resolved (what {@code
   * LoadedModel.diagnose()} calls), sparing the engine resolving them again; the same diagnosis as
   * {@link #diagnose(Organization, LocalDate)}.
   *
   * @throws IllegalArgumentException when {@code ids} were resolved for other people or links
   */
  public static Diagnosis diagnose(Organization organization, ResolvedIds ids, LocalDate asOf) {
    return Cores.call(() -> diagnose(organization, OrgGraph.of(organization, ids), asOf));
  }

  private static Diagnosis diagnose(Organization organization, OrgGraph graph, LocalDate asOf) {
    Forked<ValueChain> forkedChain = Forked.start(() -> ValueChain.of(graph));
    Hierarchy hierarchy = Hierarchy.of(graph, organization.settings().targetSpan(),
        organization.settings().maxSpan());
    Bureaucracy bureaucracy = Bureaucracy.of(graph, hierarchy, organization.settings().maxApprovalLevels(),
        organization.settings().minFlowEfficiency());
    ValueChain valueChain = forkedChain.join();
    FindingsCollector.Collected collected =
        FindingsCollector.collect(graph, hierarchy.figures(), valueChain.figures(), bureaucracy, asOf);
    return new Diagnosis(graph, hierarchy, valueChain, bureaucracy, collected.findings(), collected.agreements(),
        asOf);
  }
}
