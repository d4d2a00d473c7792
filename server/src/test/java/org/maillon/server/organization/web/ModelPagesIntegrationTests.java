package org.maillon.server.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelWriter;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.maillon.server.testing.PageText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The model page: versions for managers, the import form for admins, all or nothing. */
@ApiTest
class ModelPagesIntegrationTests {

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired UserService users;

  private static MultiValueMap<String, Object> upload(String csrf, String name, byte[] content) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("_csrf", csrf);
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return form;
  }

  @Test
  void anAdminImportsThroughTheFormAndARejectedModelChangesNothing() {
    Api admin = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    Reply accepted = admin.post("/model", MediaType.MULTIPART_FORM_DATA,
        upload(Api.csrfToken(admin.get("/model", "text/html").body()), "sme.yaml", ExampleModels.bytes("sme.yaml")));
    assertThat(accepted.status()).isEqualTo(302);
    Reply page = admin.get("/model?lang=en", "text/html");
    assertThat(page.body()).contains("imported: Cuisines Bocage &amp; Fils, 500 people");
    int versions = organizations.versions().size();

    byte[] bad = "people:\n  - id: a\n    manager: nobody\n".getBytes(StandardCharsets.UTF_8);
    Reply rejected = admin.post("/model?lang=en", MediaType.MULTIPART_FORM_DATA,
        upload(Api.csrfToken(page.body()), "bad.yaml", bad));

    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.body()).contains("bad.yaml:3:14: unknown manager &#39;nobody&#39;");
    assertThat(organizations.versions()).hasSize(versions);
  }

  @Test
  void anAdminImportsAWorkbookThroughTheFormAndItsProblemsNameTheirCell() throws IOException {
    Api admin = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    Organization sme = ModelFiles.read("sme.yaml", ExampleModels.bytes("sme.yaml"), Locale.ENGLISH).organization();
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    ModelWriter.writeXlsx(sme, workbook);
    Reply accepted = admin.post("/model", MediaType.MULTIPART_FORM_DATA,
        upload(Api.csrfToken(admin.get("/model", "text/html").body()), "org.xlsx", workbook.toByteArray()));
    assertThat(accepted.status()).isEqualTo(302);
    assertThat(organizations.versions().get(0).format()).isEqualTo("xlsx");
    int versions = organizations.versions().size();

    Organization broken = new Organization(sme.name(), sme.settings(), sme.customers(), sme.partners(), sme.teams(),
        List.of(new Person("a", "Ann", null, null, "nobody")), sme.links(), sme.procedures());
    ByteArrayOutputStream bad = new ByteArrayOutputStream();
    ModelWriter.writeXlsx(broken, bad);
    Reply rejected = admin.post("/model?lang=en", MediaType.MULTIPART_FORM_DATA,
        upload(Api.csrfToken(admin.get("/model", "text/html").body()), "bad.xlsx", bad.toByteArray()));

    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.body()).contains("bad.xlsx:people!E2: unknown manager &#39;nobody&#39;");
    assertThat(organizations.versions()).hasSize(versions);
  }

  @Test
  void theFormTakesAReasonThatTheVersionsSayWithWhatMadeThemAndATooLongOneIsAProblem() {
    Api admin = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    MultiValueMap<String, Object> form = upload(Api.csrfToken(admin.get("/model", "text/html").body()), "sme.yaml",
        ExampleModels.bytes("sme.yaml"));
    form.add("reason", "Export RH de décembre");
    assertThat(admin.post("/model", MediaType.MULTIPART_FORM_DATA, form).status()).isEqualTo(302);
    assertThat(organizations.versions().get(0).reason()).isEqualTo("Export RH de décembre");
    Reply page = admin.get("/model?lang=fr", "text/html");
    assertThat(PageText.visible(page.body())).contains("Import d’un fichier YAML Export RH de décembre");
    int versions = organizations.versions().size();

    MultiValueMap<String, Object> tooLong = upload(Api.csrfToken(page.body()), "sme.yaml", ExampleModels.bytes("sme.yaml"));
    tooLong.add("reason", "x".repeat(501));
    Reply rejected = admin.post("/model?lang=en", MediaType.MULTIPART_FORM_DATA, tooLong);

    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.body()).contains("reason: At most 500 characters; this one has 501.");
    assertThat(organizations.versions()).hasSize(versions);
  }

  @Test
  void theFormNeedsItsCsrfToken() {
    Api admin = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    int versions = organizations.versions().size();

    Reply forged = admin.post("/model", MediaType.MULTIPART_FORM_DATA,
        upload("forged", "sme.yaml", ExampleModels.bytes("sme.yaml")));

    assertThat(forged.status()).isEqualTo(403);
    assertThat(organizations.versions()).hasSize(versions);
  }

  @Test
  void membersSeeNoModelPageAndManagersCannotImport() {
    users.create("model-member", "member-password", Role.MEMBER, null);
    users.create("model-manager", "manager-password", Role.MANAGER, null);
    assertThat(Api.signedIn(port, "model-member", "member-password").get("/model", "text/html").status())
        .isEqualTo(403);
    Api manager = Api.signedIn(port, "model-manager", "manager-password");
    Reply page = manager.get("/model", "text/html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("id=\"import\"");

    Reply refused = manager.post("/model", MediaType.MULTIPART_FORM_DATA,
        upload(Api.csrfToken(page.body()), "sme.yaml", ExampleModels.bytes("sme.yaml")));
    assertThat(refused.status()).isEqualTo(403);
  }
}
