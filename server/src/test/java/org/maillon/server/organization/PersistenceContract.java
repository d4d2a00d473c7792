package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.ModelWriter;
import org.maillon.server.security.MailPreferences;
import org.maillon.server.security.MaillonUser;
import org.maillon.server.system.LimitsProperties;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.ExampleModels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the database must keep, checked on every database Maillon runs on: each subclass starts the
 * application (so Flyway migrates) on one of them. Tests share a database and only add to it, so
 * they compare with what was there before them.
 */
abstract class PersistenceContract {

  @Autowired OrganizationService organizations;
  @Autowired ModelVersions versions;
  @Autowired CurrentOrganization current;
  @Autowired UserService users;
  @Autowired MailPreferences preferences;
  @Autowired PlatformTransactionManager transactions;
  @Autowired LimitsProperties limits;
  @Autowired VersionReasons reasons;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;

  @Test
  void importsAreKeptAsVersionsNewestFirst() {
    int before = organizations.versions().size();
    ModelVersion sme = organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "alice", Locale.ENGLISH)
        .version();
    ModelVersion legion = organizations.importModel("legion.yaml", ExampleModels.bytes("legion.yaml"), "bob",
        Locale.ENGLISH).version();

    List<ModelVersion> all = organizations.versions();
    assertThat(all).hasSize(before + 2);
    assertThat(all.get(0)).isEqualTo(legion);
    assertThat(all.get(1)).isEqualTo(sme);
    assertThat(legion.id()).isGreaterThan(sme.id());
    assertThat(sme.headcount()).isEqualTo(500);
    assertThat(sme.organization()).isEqualTo("Cuisines Bocage & Fils");
    assertThat(sme.importedBy()).isEqualTo("alice");
    assertThat(sme.format()).isEqualTo("yaml");
    assertThat(legion.importedAt()).isAfterOrEqualTo(sme.importedAt());
    assertThat(current.get()).get().extracting(CurrentOrganization.Current::version).isEqualTo(legion);
  }

  @Test
  void theLatestVersionIsDiagnosedTheSameAfterARestart() {
    organizations.importModel("model.zip", ExampleModels.zipped("sme-csv"), "carol", Locale.ENGLISH);
    String before = json(current.diagnosis());

    CurrentOrganization afterRestart = new CurrentOrganization();
    new OrganizationService(versions, afterRestart, transactions, limits, reasons, clock).loadCurrent();

    assertThat(afterRestart.get()).get().extracting(CurrentOrganization.Current::version)
        .isEqualTo(current.get().orElseThrow().version());
    assertThat(afterRestart.get().orElseThrow().version().format()).isEqualTo("csv");
    assertThat(json(afterRestart.diagnosis())).isEqualTo(before);
  }

  @Test
  void aVersionStoresItsModelGzippedAndNoJson() throws Exception {
    ModelVersion sme = organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "gina",
        Locale.ENGLISH).version();

    byte[] gzip = jdbc.sql("SELECT model_gzip FROM model_versions WHERE id = :id").param("id", sme.id())
        .query(byte[].class).single();
    String json = jdbc.sql("SELECT model_json FROM model_versions WHERE id = :id").param("id", sme.id())
        .query(String.class).single();
    assertThat(json).isEmpty();
    String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(gzip)).readAllBytes(),
        StandardCharsets.UTF_8);
    assertThat(unzipped).isEqualTo(modelJson(current.diagnosis().model()));
    assertThat(gzip.length).isLessThan(unzipped.length() / 4);
  }

  @Test
  void aVersionStoredBeforeV15IsReadFromItsJson() {
    ModelVersion sme = organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "hugo",
        Locale.ENGLISH).version();
    String before = json(current.diagnosis());
    jdbc.sql("UPDATE model_versions SET model_json = :json, model_gzip = NULL WHERE id = :id")
        .param("json", modelJson(current.diagnosis().model())).param("id", sme.id()).update();

    CurrentOrganization afterRestart = new CurrentOrganization();
    new OrganizationService(versions, afterRestart, transactions, limits, reasons, clock).loadCurrent();

    assertThat(afterRestart.get().orElseThrow().version()).isEqualTo(sme);
    assertThat(json(afterRestart.diagnosis())).isEqualTo(before);
  }

  @Test
  void aVersionKeepsWhyItWasMadeAndWhatMadeIt() {
    organizations.importModel("sme.yaml", new ByteArrayInputStream(ExampleModels.bytes("sme.yaml")), "erin",
        "  Réorganisation des ventes  ", Locale.FRENCH);
    organizations.change(model -> model, "frank", "confirmation", null, Locale.FRENCH);

    List<ModelVersion> all = organizations.versions();
    assertThat(all.get(1).reason()).isEqualTo("Réorganisation des ventes");
    assertThat(all.get(1).kind()).isEqualTo("import");
    assertThat(all.get(0).reason()).isNull();
    assertThat(all.get(0).format()).isEqualTo("confirmation");
    assertThat(all.get(0).kind()).isEqualTo("confirmation");
  }

  @Test
  void aRejectedModelChangesNothing() {
    organizations.importModel("sme.yaml", ExampleModels.bytes("sme.yaml"), "dave", Locale.ENGLISH);
    List<ModelVersion> before = organizations.versions();
    CurrentOrganization.Current currentBefore = current.get().orElseThrow();

    assertThatThrownBy(() -> organizations.importModel("bad.yaml",
        "teams:\n  - id: a\n    kind: sideways\n".getBytes(StandardCharsets.UTF_8), "dave", Locale.ENGLISH))
        .isInstanceOf(ModelRejectedException.class);

    assertThat(organizations.versions()).isEqualTo(before);
    assertThat(current.get()).containsSame(currentBefore);
  }

  @Test
  void usersAreKeptWithAHashedPasswordAndTheirPerson() {
    users.create("member-" + getClass().getSimpleName().length(), "a long secret", Role.MEMBER, "p-0058");
    UserDetails loaded = users.loadUserByUsername("member-" + getClass().getSimpleName().length());

    assertThat(loaded.getPassword()).startsWith("{bcrypt}").doesNotContain("a long secret");
    assertThat(loaded.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER");
    assertThat(((MaillonUser) loaded).personId()).isEqualTo("p-0058");
    assertThat(users.all()).anySatisfy(account -> assertThat(account.role()).isEqualTo(Role.ADMIN));
  }

  @Test
  void anAccountKeepsItsDigestChoiceAndTheLanguageItWasMadeIn() {
    String name = "digest-" + getClass().getSimpleName().length();
    users.create(name, "a long secret", Role.MEMBER, "p-0051");
    assertThat(preferences.of(name)).isEqualTo(new MailPreferences.Preference(name, "p-0051", null, false));

    preferences.choose(name, true, Locale.FRENCH);

    assertThat(preferences.linked()).contains(new MailPreferences.Preference(name, "p-0051", "fr", true));
  }

  private static String modelJson(Organization model) {
    StringWriter out = new StringWriter();
    ModelWriter.writeJson(model, out);
    return out.toString();
  }

  private static String json(Diagnosis diagnosis) {
    StringWriter out = new StringWriter();
    DiagnosisJson.write(diagnosis, out, false, Locale.FRENCH);
    return out.toString();
  }
}
