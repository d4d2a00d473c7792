package org.maillon.server.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.server.organization.Uploads.ADMIN;
import static org.maillon.server.organization.Uploads.MB;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillon.server.testing.ApiTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Every limit met on purpose, each set low so that what passes it stays small: bodies sent
 * without a length and refused once past it, zips past each of their limits. Nothing is stored.
 */
@ApiTest
@TestPropertySource(properties = {
    "maillon.limits.model-body=1MB", "maillon.limits.body=64KB", "maillon.limits.zip-entries=5",
    "maillon.limits.zip-entry-size=4MB", "maillon.limits.zip-total-size=8MB", "maillon.limits.zip-ratio=5000"})
class LowLimitsIntegrationTests extends RefusedImports {

  private static final long PAST_IT = MB + 100_000;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aZipPastAnyOfItsLimitsIsRefusedAtTheFileThatPassedIt(boolean declared) {
    assertRejected(admin.post("/api/model", ZIP, ZipBombs.of(0, declared, "a.csv", "b.csv", "c.csv", "d.csv",
        "e.csv", "f.csv")), "model.zip", 0, 0, "the zip holds more than 5 entries");
    assertRejected(admin.post("/api/model", ZIP, ZipBombs.of(5, declared, "teams.csv", "people.csv")),
        "model.zip!/teams.csv", 0, 0, "this file inflates to more than 4 MB");
    assertRejected(admin.post("/api/model", ZIP, ZipBombs.of(3, declared, "teams.csv", "people.csv", "links.csv")),
        "model.zip!/links.csv", 0, 0, "the files of the zip inflate to more than 8 MB in all");
  }

  @Test
  void aModelSentWithoutItsLengthIsRefusedOncePastTheLimit() throws IOException {
    InputStream yaml = new Uploads.Generated("organization: Big\npeople:\n", "  - id: someone\n", PAST_IT);
    assertTooLarge(Uploads.postChunked(port, "/api/model", "application/yaml", yaml, "Authorization", ADMIN),
        "maillon.limits.model-body", MB);

    InputStream json = new Uploads.Generated("{\"organization\": \"Big\", \"people\": [{\"id\": \"a\"}",
        ", {\"id\": \"someone\"}", PAST_IT);
    assertTooLarge(Uploads.postChunked(port, "/api/model", "application/json", json, "Authorization", ADMIN),
        "maillon.limits.model-body", MB);

    assertTooLarge(Uploads.postChunked(port, "/api/model", "application/zip", storedZip(PAST_IT),
        "Authorization", ADMIN), "maillon.limits.model-body", MB);
  }

  @Test
  void anUploadSentWithoutItsLengthIsRefusedByTheMultipartLimit() {
    InputStream yaml = new Uploads.Generated("organization: Big\npeople:\n", "  - id: someone\n", PAST_IT);

    Uploads.Answer reply = Uploads.postChunked(port, "/api/model", "multipart/form-data; boundary=b",
        Uploads.multipart("b", "big.yaml", yaml), "Authorization", ADMIN);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(MediaType.parseMediaType(reply.type()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertNothingStored();
  }

  @Test
  void aCommandSentWithoutItsLengthIsRefusedOncePastTheSmallerLimit() {
    String campaigns = admin.get("/api/campaigns").body();
    InputStream json = new Uploads.Generated("{\"name\": \"", "x", 100_000);

    assertTooLarge(Uploads.postChunked(port, "/api/campaigns", "application/json", json, "Authorization", ADMIN),
        "maillon.limits.body", 64 * 1024);
    assertThat(admin.get("/api/campaigns").body()).isEqualTo(campaigns);
  }

  /** A zip of one people.csv stored as it is, not deflated, {@code size} bytes long. */
  private static InputStream storedZip(long size) throws IOException {
    byte[] people = new Uploads.Generated("id,name\n", "someone,Some One\n", size).readAllBytes();
    ZipEntry entry = new ZipEntry("people.csv");
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(people.length);
    CRC32 crc = new CRC32();
    crc.update(people);
    entry.setCrc(crc.getValue());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(entry);
      out.write(people);
    }
    return new ByteArrayInputStream(zip.toByteArray());
  }
}
