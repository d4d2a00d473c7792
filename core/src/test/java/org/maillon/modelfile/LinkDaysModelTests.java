package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.modelfile.ModelFilesTesting.problems;
import static org.maillon.modelfile.ModelFilesTesting.write;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.model.Confirmation;
import org.maillon.model.Link;
import org.maillon.model.Organization;

/** A link's days (changedOn, confirmedOn and confirmedBy) and pendingDays in each format: read, written back, rejected where wrong. */
class LinkDaysModelTests {

  private static final String MODEL = """
      settings:
        pendingDays: 10
      customers:
        - id: retail
      teams:
        - id: sales
          kind: front-line
        - id: it
          kind: support
      people:
        - id: boss
          team: sales
      links:
        - from: sales
          to: retail
          changedOn: 2026-02-01
        - from: it
          to: sales
          changedOn: 2026-02-01
          confirmedOn: 2026-02-03
          confirmedBy: boss
      """;

  @TempDir
  Path dir;

  @Test
  void readsTheDaysAndTheSettingAndWritesThemBackInEveryFormat() throws Exception {
    Organization model = ModelFiles.read(write(dir, "m.yaml", MODEL), Locale.ENGLISH).organization();
    assertThat(model.settings().pendingDays()).isEqualTo(10);
    assertThat(model.links()).extracting(Link::changedOn, Link::confirmed).containsExactly(
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 1), null),
        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 1), new Confirmation(LocalDate.of(2026, 2, 3), "boss")));

    StringWriter yaml = new StringWriter();
    ModelWriter.writeYaml(model, yaml);
    assertThat(ModelFiles.read("m.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8), Locale.ENGLISH)
        .organization()).isEqualTo(model);
    StringWriter json = new StringWriter();
    ModelWriter.writeJson(model, json);
    assertThat(ModelFiles.read("m.json", json.toString().getBytes(StandardCharsets.UTF_8), Locale.ENGLISH)
        .organization()).isEqualTo(model);
    ModelWriter.writeCsv(model, dir.resolve("csv"));
    assertThat(ModelFiles.read(dir.resolve("csv"), Locale.ENGLISH).organization()).isEqualTo(model);
  }

  @Test
  void aDayThatIsNotOneIsReportedWhereItStands() throws Exception {
    Path yaml = write(dir, "bad.yaml", MODEL.replaceFirst("changedOn: 2026-02-01", "changedOn: 2026-02-30")
        .replace("pendingDays: 10", "pendingDays: -1"));
    assertThat(problems(yaml, dir)).containsExactly(
        "bad.yaml:2:16: invalid pendingDays '-1': expected an integer of at least 0",
        "bad.yaml:16:16: invalid changedOn '2026-02-30': expected a day written YYYY-MM-DD");

    Path folder = dir.resolve("csv");
    write(folder, "teams.csv", "id,kind\nsales,front-line\nit,support\n");
    write(folder, "people.csv", "id,team\nboss,sales\n");
    write(folder, "customers.csv", "id\nretail\n");
    write(folder, "links.csv", "from,to,changedOn,confirmedOn,confirmedBy\nsales,retail,2026-02-01,,\n"
        + "it,sales,,yesterday,boss\n");
    assertThat(problems(folder, dir)).containsExactly(
        "csv/links.csv:3: invalid confirmedOn: expected a day written YYYY-MM-DD");
  }
}
