package org.maillon.reference;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.maillon.model.Organization;
import org.maillon.testing.RandomOrganizations;
import tools.jackson.databind.JsonNode;

/**
 * The relations of {@link DiagnosisInvariants} on the engine's JSON for random organisations, one
 * property each so that a failure names the broken relation; and all of them on the reference, so
 * that the differential check does not rest on an unchecked reference.
 */
class DiagnosisInvariantProperties {

  @Provide
  Arbitrary<Organization> organizations() {
    return RandomOrganizations.organizations();
  }

  private static JsonNode engine(Organization organization) {
    return EngineDocuments.document(organization);
  }

  @Property
  void hopsAreOneMoreThanTheClosestCustomer(@ForAll("organizations") Organization organization) {
    DiagnosisInvariants.hopsAreOneMoreThanTheClosestCustomer(engine(organization));
  }

  @Property
  void hopsDistributionAddsUpToHeadcount(@ForAll("organizations") Organization organization) {
    DiagnosisInvariants.hopsDistributionAddsUpToHeadcount(engine(organization));
  }

  @Property
  void depthIsOneMoreThanTheManagers(@ForAll("organizations") Organization organization) {
    DiagnosisInvariants.depthIsOneMoreThanTheManagers(engine(organization));
  }

  @Property
  void chainGoesOneHopCloserAtEachStep(@ForAll("organizations") Organization organization) {
    DiagnosisInvariants.chainGoesOneHopCloserAtEachStep(engine(organization));
  }

  @Property
  void listsOfIdsAreSorted(@ForAll("organizations") Organization organization) {
    DiagnosisInvariants.listsOfIdsAreSorted(engine(organization));
  }

  @Property
  void managersAreThePeopleWithDirectReports(@ForAll("organizations") Organization organization) {
    DiagnosisInvariants.managersAreThePeopleWithDirectReports(engine(organization));
  }

  @Property
  void referenceKeepsEveryInvariant(@ForAll("organizations") Organization organization) {
    DiagnosisInvariants.checkAll(ReferenceDiagnosis.document(organization, false));
  }

  @Example
  void longChainsKeepEveryInvariant() {
    DiagnosisInvariants.checkAll(engine(RandomOrganizations.personChain(20_000)));
    DiagnosisInvariants.checkAll(engine(RandomOrganizations.teamChain(1_500)));
  }
}
