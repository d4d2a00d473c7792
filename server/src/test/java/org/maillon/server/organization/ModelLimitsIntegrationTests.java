package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.server.organization.Uploads.ADMIN;
import static org.maillon.server.organization.Uploads.MB;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillon.server.testing.Api;
import org.maillon.server.testing.Api.Reply;
import org.maillon.server.testing.ApiTest;
import org.springframework.http.MediaType;

/**
 * Hostile model imports, under the default limits: a zip bomb, a 600 MB body, invalid
 * UTF-8 and deep nesting are each refused with a problem, and the versions stay as they were.
 */
@ApiTest
class ModelLimitsIntegrationTests extends RefusedImports {

  private static final String RATIO = "this file inflates to more than 100 times its compressed size:"
      + " refused as a possible zip bomb";
  private static final String ENTRY_SIZE = "this file inflates to more than 256 MB";

  @Test
  void theBombsAreWhatTheySay() throws IOException {
    for (boolean declared : new boolean[] {true, false}) {
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(
          ZipBombs.of(3, declared, "people.csv", "teams.csv")))) {
        assertThat(zip.getNextEntry().getName()).isEqualTo("people.csv");
        assertThat(zip.readAllBytes()).hasSize(3 * (int) MB).containsOnly(0);
        assertThat(zip.getNextEntry().getName()).isEqualTo("teams.csv");
        assertThat(zip.readAllBytes()).hasSize(3 * (int) MB);
        assertThat(zip.getNextEntry()).isNull();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aFewMegabytesOfZipDeclaringGigabytesAreRefusedAtTheFileWithoutInflatingIt(boolean declared) {
    byte[] threeGigabytes = ZipBombs.of(3 * 1024, declared, "people.csv");
    byte[] fiveTimesOnePointTwo = ZipBombs.of(1200, declared, "people.csv", "teams.csv", "links.csv",
        "customers.csv", "partners.csv");
    assertThat(threeGigabytes.length).isBetween(3_000_000, 4_000_000);

    for (byte[] bomb : new byte[][] {threeGigabytes, fiveTimesOnePointTwo}) {
      long allocated = allocated();
      Reply reply = admin.post("/api/model", ZIP, bomb);
      long allocatedByBoth = allocated() - allocated;

      assertRejected(reply, "model.zip!/people.csv", 0, 0, declared ? ENTRY_SIZE : RATIO);
      assertThat(allocatedByBoth).as("bytes allocated by the client and the server").isLessThan(64 * MB);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/yaml", "application/json", "multipart/form-data; boundary=b"})
  void a600MegabyteModelIsRefusedFromItsHeadersBeforeItIsSent(String type) {
    Uploads.Answer reply = Uploads.postHeaders(port, "/api/model", type, 600 * MB, "Authorization", ADMIN);

    assertTooLarge(reply, "maillon.limits.model-body", 512 * MB);
  }

  @Test
  void theImportFormSaysItsLimitAndATooLargeUploadGetsAPlainPage() {
    Api signedIn = Api.signedIn(port, "admin", ApiTest.ADMIN_PASSWORD);
    assertThat(signedIn.get("/model?lang=en", "text/html").body()).contains("At most 512 MB: a larger file is refused");
    assertThat(signedIn.get("/model?lang=fr", "text/html").body()).contains("512 Mo au plus : un fichier plus gros");

    for (String language : new String[] {"en", "fr"}) {
      Uploads.Answer reply = Uploads.postHeaders(port, "/model", "multipart/form-data; boundary=b", 600 * MB,
          "Accept", "text/html", "Accept-Language", language);
      assertThat(reply.status()).isEqualTo(413);
      assertThat(reply.body()).contains(language.equals("en")
          ? "What you sent is larger than the 512 MB the server accepts here; nothing was stored."
          : "Ce que vous avez envoyé dépasse les 512 Mo que le serveur accepte ici ; rien n’a été enregistré.")
          .doesNotContain("maillon.limits");
    }
    assertNothingStored();
  }

  @Test
  void everyOtherBodyIsCappedAtAMegabyteBeforeSignIn() {
    Uploads.Answer reply = Uploads.postHeaders(port, "/api/campaigns", "application/json", 2 * MB);

    assertTooLarge(reply, "maillon.limits.body", MB);
  }

  @Test
  void invalidUtf8IsRefusedAtItsLineAndColumnInEveryFormat() throws IOException {
    byte[] yaml = "organization: Demo\npeople:\n  - id: a\n    name: Zoé\n".getBytes(StandardCharsets.ISO_8859_1);
    assertRejected(admin.post("/api/model", YAML, yaml),
        "model.yaml", 4, 13, "not valid UTF-8 (byte 0xE9): save the file as UTF-8");

    byte[] json = "{\"organization\": \"Demo\",\n \"people\": [{\"id\": \"Zoé\"}]}".getBytes(StandardCharsets.ISO_8859_1);
    assertRejected(admin.post("/api/model", MediaType.APPLICATION_JSON, json),
        "model.json", 2, 23, "not valid UTF-8 (byte 0xE9): save the file as UTF-8");

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("teams.csv"));
      out.write("id\nsales\n".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("people.csv"));
      out.write("id,name\na,Ana\nb,Zoé\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    assertRejected(admin.post("/api/model", ZIP, zip.toByteArray()),
        "model.zip!/people.csv", 3, 0, "not valid UTF-8 (byte 0xE9): save the file as UTF-8");
  }

  @Test
  void nestingTooDeepIsRefusedAtTheOneLevelTooMany() {
    byte[] yaml = ("organization: Demo\npeople:\n  - id: a\n    name: " + "[".repeat(1000) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    assertRejected(admin.post("/api/model", YAML, yaml),
        "model.yaml", 4, 508, "lists and maps nested more than 500 levels deep");

    byte[] json = ("{\"people\": [{\"id\": \"a\",\n  \"name\": " + "[".repeat(1000)).getBytes(StandardCharsets.UTF_8);
    assertRejected(admin.post("/api/model", MediaType.APPLICATION_JSON, json),
        "model.json", 2, 508, "lists and maps nested more than 500 levels deep");
  }

  /** The bytes every thread of this JVM, the server's and the client's, allocated so far. */
  private static long allocated() {
    return ((ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
  }
}
