package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.modelfile.ModelFilesTesting.problems;
import static org.maillon.modelfile.ModelFilesTesting.write;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.model.Organization;
import org.maillon.model.Procedure;
import org.maillon.model.Settings;

/** A procedure's leadTimeDays and workHours and the minFlowEfficiency setting: read, written back, and every problem located. */
class ProcedureTimesModelTests {

  private static final String BASE = """
      teams:
        - id: sales
      people:
        - id: boss
          team: sales
      """;

  @TempDir
  Path dir;

  @Test
  void readsTimesAndTheSettingInYaml() throws Exception {
    Path file = write(dir, "m.yaml", "settings:\n  minFlowEfficiency: 0.1\n" + BASE + """
        procedures:
          - id: refund
            team: sales
            leadTimeDays: 2.5
            workHours: 3
          - id: audit
            team: sales
            leadTimeDays: .5
        """);
    LoadedModel model = ModelFiles.read(file, Locale.ENGLISH);
    assertThat(model.warnings()).isEmpty();
    assertThat(model.organization().settings()).isEqualTo(Settings.DEFAULTS.withMinFlowEfficiency(0.1));
    assertThat(model.organization().procedures()).containsExactly(
        new Procedure("refund", "sales", null, 1, List.of(), List.of(), 2.5, 3.0),
        new Procedure("audit", "sales", null, 1, List.of(), List.of(), 0.5, null));
  }

  @Test
  void reportsNegativeZeroNonNumbersAndWorkBeyondTheLeadTimeWhereTheyStand() throws Exception {
    Path file = write(dir, "m.yaml", "settings:\n  minFlowEfficiency: 2\n" + BASE + """
        procedures:
          - id: a
            team: sales
            leadTimeDays: -3
            workHours: 0
          - id: b
            team: sales
            leadTimeDays: two
            workHours: 2,5
          - id: c
            team: sales
            leadTimeDays: 1
            workHours: 24.5
          - id: d
            team: sales
            leadTimeDays: 1
            workHours: 24
        """);
    assertThat(problems(file, dir)).containsExactly(
        "m.yaml:2:22: invalid minFlowEfficiency '2': expected a number from 0 to 1, written with a point (0.05)",
        "m.yaml:11:19: invalid leadTimeDays '-3': expected a number of days above 0, written with a point (2.5)",
        "m.yaml:12:16: invalid workHours '0': expected a number of hours above 0, written with a point (1.5)",
        "m.yaml:15:19: invalid leadTimeDays 'two': expected a number of days above 0, written with a point (2.5)",
        "m.yaml:16:16: invalid workHours '2,5': expected a number of hours above 0, written with a point (1.5)",
        "m.yaml:20:16: workHours 24.5 exceed the lead time: 1 days hold at most 1 × 24 hours");
  }

  @Test
  void readsAndRejectsTimesInCsvAtTheRecordsLine() throws Exception {
    Path folder = dir.resolve("csv");
    write(folder, "teams.csv", "id\nsales\n");
    write(folder, "people.csv", "id,team\nboss,sales\n");
    write(folder, "settings.csv", "key,value\nminFlowEfficiency,0\n");
    write(folder, "procedures.csv", "id,team,leadTimeDays,workHours\nrefund,sales,10,6\n");
    LoadedModel model = ModelFiles.read(folder, Locale.ENGLISH);
    assertThat(model.organization().settings().minFlowEfficiency()).isZero();
    assertThat(model.organization().procedures()).containsExactly(
        new Procedure("refund", "sales", null, 1, List.of(), List.of(), 10.0, 6.0));
    write(folder, "procedures.csv", "id,team,leadTimeDays,workHours\nrefund,sales,\"1,5\",\naudit,sales,1,30\n");
    assertThat(problems(folder, dir, Locale.FRENCH)).containsExactly(
        "csv/procedures.csv:2: leadTimeDays « 1,5 » invalide : un nombre de jours supérieur à 0 est attendu, écrit avec un point (2.5)",
        "csv/procedures.csv:3: workHours 30 dépasse le délai : 1 jours comptent au plus 1 × 24 heures");
  }

  @Test
  void timesAndTheSettingRoundTripThroughEveryFormat() throws Exception {
    Path file = write(dir, "m.yaml", "settings:\n  minFlowEfficiency: 0.125\n" + BASE + """
        procedures:
          - id: refund
            team: sales
            leadTimeDays: 0.0001
            workHours: 0.002
          - id: audit
            team: sales
            workHours: 12
        """);
    Organization read = ModelFiles.read(file, Locale.ENGLISH).organization();
    StringWriter yaml = new StringWriter();
    ModelWriter.writeYaml(read, yaml);
    assertThat(yaml.toString()).contains("leadTimeDays: 0.0001", "minFlowEfficiency: 0.125");
    StringWriter json = new StringWriter();
    ModelWriter.writeJson(read, json);
    Path csv = dir.resolve("out");
    ModelWriter.writeCsv(read, csv);
    assertThat(ModelFiles.read(write(dir, "back.yaml", yaml.toString()), Locale.ENGLISH).organization()).isEqualTo(read);
    assertThat(ModelFiles.read(write(dir, "back.json", json.toString()), Locale.ENGLISH).organization()).isEqualTo(read);
    assertThat(ModelFiles.read(csv, Locale.ENGLISH).organization()).isEqualTo(read);
    assertThat(Files.readString(csv.resolve("procedures.csv")))
        .startsWith("id,team,name,steps,leadTimeDays,workHours,approvals,serves");
  }
}
