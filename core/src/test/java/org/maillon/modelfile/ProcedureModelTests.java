package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.modelfile.ModelFilesTesting.problems;
import static org.maillon.modelfile.ModelFilesTesting.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.model.Procedure;
import org.maillon.model.Settings;

/** Procedures and maxApprovalLevels in each format: read, and every rule reported where it stands. */
class ProcedureModelTests {

  private static final String BASE = """
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
        - id: tech
          team: it
          manager: boss
      links:
        - from: sales
          to: retail
        - from: it
          to: sales
      """;

  @TempDir
  Path dir;

  @Test
  void readsProceduresAndTheSetting() throws Exception {
    Path file = write(dir, "m.yaml", "settings:\n  maxApprovalLevels: 0\n" + BASE + """
        procedures:
          - id: refund
            team: sales
            name: Refund
            steps: 3
            approvals: [tech, boss]
            serves: [retail]
          - id: audit
            team: it
        """);
    LoadedModel model = ModelFiles.read(file, Locale.ENGLISH);
    assertThat(model.warnings()).isEmpty();
    assertThat(model.organization().settings()).isEqualTo(new Settings(Settings.DEFAULT_TARGET_SPAN, 0));
    assertThat(model.organization().procedures()).containsExactly(
        new Procedure("refund", "sales", "Refund", 3, List.of("tech", "boss"), List.of("retail")),
        new Procedure("audit", "it", null, Procedure.MIN_STEPS, List.of(), List.of()));
  }

  @Test
  void reportsEveryProcedureRuleInYaml() throws Exception {
    Path file = write(dir, "m.yaml", "settings:\n  maxApprovalLevels: -1\n" + BASE + """
        procedures:
          - id: refund
            team: sales
            steps: 0
            approvals: [ghost]
            serves: [nowhere, it]
          - id: refund
            team: unknown
          - team: it
            steps: many
          - id: lonely
        """);
    assertThat(problems(file, dir)).containsExactly(
        "m.yaml:2:22: invalid maxApprovalLevels '-1': expected an integer of at least 0",
        "m.yaml:24:12: invalid steps '0': expected an integer of at least 1",
        "m.yaml:25:17: unknown approver 'ghost'",
        "m.yaml:26:14: unknown served customer 'nowhere'",
        "m.yaml:26:23: 'it' is not a customer of the team 'sales': a procedure serves the customers its team supplies",
        "m.yaml:27:9: duplicate procedure id 'refund', already used at m.yaml:22",
        "m.yaml:28:11: unknown team 'unknown'",
        "m.yaml:29:5: a procedure has no id",
        "m.yaml:30:12: invalid steps 'many': expected an integer of at least 1",
        "m.yaml:31:5: a procedure has no team");
  }

  @Test
  void reportsProcedureRulesInJsonInFrench() throws Exception {
    Path file = write(dir, "m.json", """
        {"teams": [{"id": "sales"}], "people": [{"id": "p"}],
         "procedures": [{"id": "x", "team": "sales", "approvals": ["q"], "serves": ["sales"]}]}
        """);
    assertThat(problems(file, dir, Locale.FRENCH)).containsExactly(
        "m.json:2:60: approbateur inconnu « q »",
        "m.json:2:77: « sales » n’est pas un client de l’équipe « sales » : "
            + "une procédure sert les clients que son équipe fournit");
  }

  @Test
  void readsAndRejectsProceduresInCsv() throws Exception {
    Path folder = dir.resolve("csv");
    write(folder, "teams.csv", "id,kind\nsales,front-line\n");
    write(folder, "people.csv", "id,team\nboss,sales\n");
    write(folder, "customers.csv", "id\nretail\n");
    write(folder, "links.csv", "from,to\nsales,retail\n");
    write(folder, "settings.csv", "key,value\nmaxApprovalLevels,3\n");
    write(folder, "procedures.csv", "id,team,name,steps,approvals,serves\nrefund,sales,Refund,2,boss; boss,retail\n");
    LoadedModel model = ModelFiles.read(folder, Locale.ENGLISH);
    assertThat(model.organization().settings().maxApprovalLevels()).isEqualTo(3);
    assertThat(model.organization().procedures()).containsExactly(
        new Procedure("refund", "sales", "Refund", 2, List.of("boss", "boss"), List.of("retail")));
    write(folder, "procedures.csv", "id,team,steps,approvals,serves\nrefund,sales,0,ghost,\nrefund,,1,,sales\n");
    assertThat(problems(folder, dir)).containsExactly(
        "csv/procedures.csv:2: invalid steps '0': expected an integer of at least 1",
        "csv/procedures.csv:2: unknown approver 'ghost'",
        "csv/procedures.csv:3: duplicate procedure id 'refund', already used at csv/procedures.csv:2",
        "csv/procedures.csv:3: a procedure has no team");
  }
}
