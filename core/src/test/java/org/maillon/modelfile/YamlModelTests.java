package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.modelfile.ModelFilesTesting.latin1;
import static org.maillon.modelfile.ModelFilesTesting.problems;
import static org.maillon.modelfile.ModelFilesTesting.write;

import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.maillon.model.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.model.Person;
import org.maillon.model.TeamKind;

class YamlModelTests {

  @TempDir
  Path dir;

  @Test
  void readsAValidModel() throws Exception {
    Path file = write(dir, "sme.yaml", """
        organization: Demo SME
        settings:
          targetSpan: 6
        customers:
          - id: retail
            name: Retail customers
        partners:
          - id: carrier
        teams:
          - id: sales
            kind: front-line
            lead: ceo
          - id: 100
        people:
          - id: ceo
            name: Ana
            manager: ""
          - id: 7
            team: sales
            manager: ceo
            title: true
        links:
          - from: sales
            to: retail
            expectations:
              - id: quote
                text: A quote
            commitments:
              - text: Quotes fast
                answers: [quote]
          - from: carrier
            to: sales
        """);
    LoadedModel model = ModelFiles.read(file, Locale.ENGLISH);
    assertThat(model.warnings()).isEmpty();
    assertThat(model.organization().name()).isEqualTo("Demo SME");
    assertThat(model.organization().settings().targetSpan()).isEqualTo(6);
    assertThat(model.organization().teams().get(0).kind()).isEqualTo(TeamKind.FRONT_LINE);
    assertThat(model.organization().teams().get(1).id()).isEqualTo("100");
    assertThat(model.organization().people()).containsExactly(
        new Person("ceo", "Ana", null, null, null), new Person("7", null, "true", "sales", "ceo"));
    assertThat(model.organization().links().get(0).commitments().get(0).answers()).containsExactly("quote");
  }

  @Test
  void readsCharactersOutsideTheBasicPlaneWhereverTheyFall() {
    for (int padding = 0; padding < 2100; padding++) {
      String yaml = "# " + "x".repeat(padding) + "\npeople:\n  - id: \"𝒜😀\"\n    name: \"Équipe 😀\"\n";
      Organization read = ModelFiles.read("m.yaml", yaml.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH)
          .organization();
      assertThat(read.people().get(0).id()).as("padding %d", padding).isEqualTo("𝒜😀");
      assertThat(read.people().get(0).name()).isEqualTo("Équipe 😀");
    }
  }

  @Test
  void ignoresAByteOrderMark() {
    byte[] yaml = "\uFEFForganization: Demo\n".getBytes(StandardCharsets.UTF_8);
    assertThat(ModelFiles.read("m.yaml", yaml, Locale.ENGLISH).organization().name()).isEqualTo("Demo");
  }

  @Test
  void refusesInvalidUtf8AtItsLineAndColumn() {
    assertThat(problems("m.yaml", latin1("organization: Demo\npeople:\n  - id: a\n    name: Zoé\n")))
        .containsExactly("m.yaml:4:13: not valid UTF-8 (byte 0xE9): save the file as UTF-8");
  }

  @Test
  void locatesTheListNestedOneLevelTooDeep() {
    String yaml = "organization: Demo\npeople:\n  - id: a\n    name: " + "[".repeat(600) + "\n";
    assertThat(problems("m.yaml", yaml.getBytes(StandardCharsets.UTF_8)))
        .containsExactly("m.yaml:4:508: lists and maps nested more than 500 levels deep");
  }

  @Test
  void locatesTheMapNestedOneLevelTooDeep() {
    StringBuilder yaml = new StringBuilder("people:\n  - id: a\n    name:\n");
    for (int depth = 1; depth <= 600; depth++) {
      yaml.append(" ".repeat(4 + depth)).append("k:\n");
    }
    assertThat(problems("m.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8)))
        .containsExactly("m.yaml:501:503: lists and maps nested more than 500 levels deep");
  }

  @Test
  void acceptsAModelWithoutOrganizationName() throws Exception {
    Path file = write(dir, "m.yml", "people:\n  - id: a\n");
    assertThat(ModelFiles.read(file, Locale.ENGLISH).organization().name()).isNull();
  }

  @Test
  void reportsEveryRuleAtItsLineAndColumn() throws Exception {
    Path file = write(dir, "bad.yaml", """
        settings:
          targetSpan: 1
        customers:
          - id: retail
          - name: no id
        partners:
          - id: carrier
        teams:
          - id: retail
          - id: sales
            kind: frontline
            lead: ghost
          - id: ""
        people:
          - id: a
            manager: c
          - id: b
            manager: a
          - id: c
            manager: b
          - id: a
            team: nowhere
            manager: nobody
          - name: Nameless
        links:
          - from: retail
            to: carrier
          - from: sales
            to: sales
          - from: carrier
            to: sales
          - from: carrier
            to: sales
          - from: mars
            to: venus
          - from: sales
            to: retail
            expectations:
              - id: q
              - id: q
              - text: no id
            commitments:
              - answers: [q, z]
          - to: retail
        """);
    assertThat(problems(file, dir)).containsExactly(
        "bad.yaml:2:15: invalid targetSpan '1': expected an integer of at least 2",
        "bad.yaml:5:5: a final customer has no id",
        "bad.yaml:9:9: duplicate id 'retail', already used at bad.yaml:4 (teams, final customers and partners share their ids)",
        "bad.yaml:11:11: invalid kind 'frontline': expected front-line, core or support",
        "bad.yaml:12:11: unknown team lead 'ghost'",
        "bad.yaml:13:5: a team has no id",
        "bad.yaml:16:14: reporting lines form a cycle: a → c → b → a",
        "bad.yaml:21:9: duplicate person id 'a', already used at bad.yaml:15",
        "bad.yaml:22:11: unknown team 'nowhere'",
        "bad.yaml:23:14: unknown manager 'nobody'",
        "bad.yaml:24:5: a person has no id",
        "bad.yaml:26:11: a link cannot go from the final customer 'retail'",
        "bad.yaml:27:9: a link cannot go to the partner 'carrier'",
        "bad.yaml:29:9: a link cannot go from 'sales' to itself",
        "bad.yaml:32:5: duplicate link from 'carrier' to 'sales', already at bad.yaml:30",
        "bad.yaml:34:11: unknown link source 'mars'",
        "bad.yaml:35:9: unknown link target 'venus'",
        "bad.yaml:40:13: duplicate expectation id 'q' on this link",
        "bad.yaml:41:9: an expectation has no id",
        "bad.yaml:43:22: unknown expectation 'z' on this link",
        "bad.yaml:44:5: a link has no from");
  }

  @Test
  void reportsAMalformedFileOnceAtTheParsersLocation() throws Exception {
    Path file = write(dir, "broken.yaml", "people:\n  - id: a\n    name: [unclosed\n");
    assertThat(problems(file, dir)).singleElement().asString()
        .isEqualTo("broken.yaml:3:20: malformed file: while parsing a flow sequence,"
            + " expected ',' or ']', but got <stream end>");
  }

  @Test
  void rejectsDuplicateKeys() throws Exception {
    Path file = write(dir, "dup.yaml", "people:\n  - id: a\n    id: b\n");
    assertThat(problems(file, dir)).singleElement().asString()
        .startsWith("dup.yaml:3:").contains("malformed file:").contains("id");
  }

  @Test
  void reportsEveryWrongShapeAndKeepsGoing() throws Exception {
    Path file = write(dir, "shapes.yaml", """
        organization: [a, b]
        teams:
          id: sales
        people:
          - just-a-name
          - id: a
            name: {first: Ana}
          - id: b
            manager: missing
        links: 3
        """);
    assertThat(problems(file, dir)).containsExactly(
        "shapes.yaml:1:15: expected a single value here, not a list or a map",
        "shapes.yaml:3:3: expected a list here",
        "shapes.yaml:5:5: expected a map here",
        "shapes.yaml:7:11: expected a single value here, not a list or a map",
        "shapes.yaml:9:14: unknown manager 'missing'",
        "shapes.yaml:10:8: expected a list here");
  }

  @Test
  void warnsOfUnknownFieldsWithoutRejecting() throws Exception {
    Path file = write(dir, "extra.yaml", "colour: blue\npeople:\n  - id: a\n    age: 40\n");
    LoadedModel model = ModelFiles.read(file, Locale.ENGLISH);
    assertThat(model.warnings()).extracting(Problem::toString).containsExactly(
        file + ":1:1: unknown field 'colour', ignored", file + ":4:5: unknown field 'age', ignored");
  }

  @Test
  void reportsAMissingFile() {
    assertThat(problems(dir.resolve("none.yaml"), dir)).containsExactly("none.yaml: no such file");
  }

  @Test
  void speaksFrench() throws Exception {
    Path file = write(dir, "fr.yaml", "people:\n  - id: a\n    manager: a\n  - id: b\n    team: ventes\n");
    assertThat(problems(file, dir, Locale.FRENCH)).containsExactly(
        "fr.yaml:3:14: les lignes hiérarchiques forment un cycle : a → a",
        "fr.yaml:5:11: équipe inconnue « ventes »");
  }
}
