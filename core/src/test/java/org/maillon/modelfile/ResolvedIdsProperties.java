package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.model.Organization;
import org.maillon.testing.RandomOrganizations;

/**
 * The references the validator resolves and hands to the engine give the same diagnosis as the
 * engine resolving them itself: the validator numbers nodes customers first, the engine teams
 * first, and the hand-off must translate.
 */
class ResolvedIdsProperties {

  @Property(tries = 200)
  void theValidatorsIdsGiveTheSameDiagnosis(@ForAll("organizations") Organization organization) {
    LoadedModel loaded = readBack(organization);
    assertThat(json(loaded.diagnose()))
        .isEqualTo(json(DiagnosisEngine.diagnose(loaded.organization())));
  }

  @Example
  void idsOfAnotherOrganizationAreRefused() {
    LoadedModel loaded = readBack(RandomOrganizations.personChain(5));
    Organization other = RandomOrganizations.personChain(6);
    assertThatThrownBy(() -> DiagnosisEngine.diagnose(other, loaded.ids(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<Organization> organizations() {
    return RandomOrganizations.organizations();
  }

  private static LoadedModel readBack(Organization organization) {
    StringWriter yaml = new StringWriter();
    ModelWriter.writeYaml(organization, yaml);
    return ModelFiles.read("m.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
  }

  private static String json(Diagnosis diagnosis) {
    StringWriter out = new StringWriter();
    DiagnosisJson.write(diagnosis, out, false, Locale.ENGLISH);
    return out.toString();
  }
}
