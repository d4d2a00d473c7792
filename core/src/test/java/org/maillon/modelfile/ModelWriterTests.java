package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Settings;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import org.maillon.testing.HrExports;

class ModelWriterTests {

  static final Organization SME = new Organization("Demo SME: \"the\" café", new Settings(5),
      List.of(new FinalCustomer("retail", "Retail customers"), new FinalCustomer("100", null)),
      List.of(new Partner("carrier", "Parcel carrier")),
      List.of(new Team("sales", "Sales, and more", TeamKind.FRONT_LINE, "sales", "ceo"),
          new Team("it", "IT", TeamKind.SUPPORT, null, null), new Team("ops", null, null, null, null)),
      List.of(new Person("ceo", "Camille Roux", "Head", null, null),
          new Person("true", "Ana\nLine", null, "sales", "ceo"),
          new Person("p2", null, null, "it", "true")),
      List.of(new Link("sales", "retail", "Advice and orders",
              List.of(new Expectation("quote-48h", "A quote within 48 hours"), new Expectation("e2", null)),
              List.of(new Commitment("Quotes sent within 24 hours", List.of("quote-48h", "e2")),
                  new Commitment("Monthly newsletter", List.of()))),
          new Link("carrier", "sales", null, null, null),
          new Link("it", "sales", "Laptops", null, null)));

  @TempDir
  Path dir;

  @Test
  void yamlReadsBackEqual() throws Exception {
    assertThat(roundTrip("sme.yaml", out -> ModelWriter.writeYaml(SME, out))).isEqualTo(SME);
  }

  @Test
  void jsonReadsBackEqual() throws Exception {
    assertThat(roundTrip("sme.json", out -> ModelWriter.writeJson(SME, out))).isEqualTo(SME);
  }

  @Test
  void csvReadsBackEqual() {
    ModelWriter.writeCsv(SME, dir.resolve("sme"));
    assertThat(ModelFiles.read(dir.resolve("sme"), Locale.ENGLISH).organization()).isEqualTo(SME);
  }

  @Test
  void anHrExportReadsBackEqualFromEveryFormat() throws Exception {
    assertReadsBackEqualFromEveryFormat(HrExports.handMade());
  }

  @Test
  void theOracleHrExportReadsBackEqualFromEveryFormat() throws Exception {
    assertReadsBackEqualFromEveryFormat(HrExports.oracleHr());
  }

  private void assertReadsBackEqualFromEveryFormat(Path export) throws Exception {
    Organization hr = ModelFiles.read(export, Locale.ENGLISH).organization();
    assertThat(roundTrip("hr.yaml", out -> ModelWriter.writeYaml(hr, out))).isEqualTo(hr);
    assertThat(roundTrip("hr.json", out -> ModelWriter.writeJson(hr, out))).isEqualTo(hr);
    ModelWriter.writeCsv(hr, dir.resolve("hr"));
    assertThat(ModelFiles.read(dir.resolve("hr"), Locale.ENGLISH).organization()).isEqualTo(hr);
  }

  @Test
  void leavesAbsentValuesOutAndAlwaysWritesKind() {
    StringWriter out = new StringWriter();
    ModelWriter.writeYaml(new Organization(null, null, null, null,
        List.of(new Team("ops", null, null, null, null)), null, null), out);
    assertThat(out.toString()).isEqualTo("""
        settings:
          targetSpan: 8
        teams:
        - id: "ops"
          kind: "core"
        """);
  }

  private interface Writing {
    void to(Writer out) throws Exception;
  }

  private Organization roundTrip(String name, Writing writing) throws Exception {
    Path file = dir.resolve(name);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writing.to(out);
    }
    return ModelFiles.read(file, Locale.ENGLISH).organization();
  }
}
