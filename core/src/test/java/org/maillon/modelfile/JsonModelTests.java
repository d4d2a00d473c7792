package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.maillon.modelfile.ModelFilesTesting.latin1;
import static org.maillon.modelfile.ModelFilesTesting.problems;
import static org.maillon.modelfile.ModelFilesTesting.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonModelTests {

  @TempDir
  Path dir;

  @Test
  void reportsEveryRuleAtItsLineAndColumn() throws Exception {
    Path file = write(dir, "bad.json", """
        {"settings": {"targetSpan": "eight"},
         "customers": [{"id": "retail"}, {"name": "no id"}],
         "partners": [{"id": "carrier"}],
         "teams": [
          {"id": "retail"},
          {"id": "sales", "kind": "Core", "lead": "ghost"},
          {"id": ""}],
         "people": [
          {"id": "a", "manager": "b"},
          {"id": "b", "manager": "a"},
          {"id": "a", "team": "nowhere", "manager": "nobody"},
          {"name": "Nameless"}],
         "links": [
          {"from": "retail", "to": "carrier"},
          {"from": "sales", "to": "sales"},
          {"from": "carrier", "to": "sales"},
          {"from": "carrier", "to": "sales"},
          {"from": "mars", "to": "venus"},
          {"from": "sales", "to": "retail",
           "expectations": [{"id": "q"}, {"id": "q"}, {"text": "no id"}],
           "commitments": [{"answers": ["q", "z"]}]},
          {"from": "sales"}]}
        """);
    assertThat(problems(file, dir)).containsExactly(
        "bad.json:1:29: invalid targetSpan 'eight': expected an integer of at least 2",
        "bad.json:2:34: a final customer has no id",
        "bad.json:5:10: duplicate id 'retail', already used at bad.json:2 (teams, final customers and partners share their ids)",
        "bad.json:6:27: invalid kind 'Core': expected front-line, core or support",
        "bad.json:6:43: unknown team lead 'ghost'",
        "bad.json:7:3: a team has no id",
        "bad.json:9:26: reporting lines form a cycle: a → b → a",
        "bad.json:11:10: duplicate person id 'a', already used at bad.json:9",
        "bad.json:11:23: unknown team 'nowhere'",
        "bad.json:11:45: unknown manager 'nobody'",
        "bad.json:12:3: a person has no id",
        "bad.json:14:12: a link cannot go from the final customer 'retail'",
        "bad.json:14:28: a link cannot go to the partner 'carrier'",
        "bad.json:15:27: a link cannot go from 'sales' to itself",
        "bad.json:17:3: duplicate link from 'carrier' to 'sales', already at bad.json:16",
        "bad.json:18:12: unknown link source 'mars'",
        "bad.json:18:26: unknown link target 'venus'",
        "bad.json:20:41: duplicate expectation id 'q' on this link",
        "bad.json:20:47: an expectation has no id",
        "bad.json:21:38: unknown expectation 'z' on this link",
        "bad.json:22:3: a link has no to");
  }

  @Test
  void acceptsNumbersAndBooleansAsText() throws Exception {
    Path file = write(dir, "n.json", """
        {"people": [{"id": 100, "name": false}, {"id": 101, "manager": 100}]}
        """);
    assertThat(ModelFiles.read(file, Locale.ENGLISH).organization().people())
        .extracting(p -> p.id() + "/" + p.name() + "/" + p.manager())
        .containsExactly("100/false/null", "101/null/100");
  }

  @Test
  void reportsAMalformedFileOnceAtTheParsersLocation() throws Exception {
    Path file = write(dir, "broken.json", "{\"people\": [\n  {\"id\": \"a\",}\n]}\n");
    assertThat(problems(file, dir)).singleElement().asString()
        .startsWith("broken.json:2:14: malformed file: Unexpected character ('}'");
  }

  @Test
  void refusesInvalidUtf8AtItsLineAndColumn() {
    assertThat(problems("m.json", latin1("{\"organization\": \"Demo\",\n \"people\": [{\"id\": \"Zoé\"}]}")))
        .containsExactly("m.json:2:23: not valid UTF-8 (byte 0xE9): save the file as UTF-8");
  }

  @Test
  void locatesTheListNestedOneLevelTooDeep() {
    String json = "{\"organization\": \"Demo\",\n \"people\": [{\"id\": \"a\", \"name\": " + "[".repeat(600);
    assertThat(problems("m.json", json.getBytes(StandardCharsets.UTF_8)))
        .containsExactly("m.json:2:530: lists and maps nested more than 500 levels deep");
  }

  @Test
  void rejectsDuplicateKeys() throws Exception {
    Path file = write(dir, "dup.json", "{\"people\": [],\n \"people\": []}");
    assertThat(problems(file, dir)).singleElement().asString()
        .startsWith("dup.json:2:").contains("malformed file: Duplicate").contains("people");
  }

  @Test
  void readsAnUploadByItsExtension() {
    byte[] content = "{\"people\": [{\"id\": \"a\"}]}".getBytes(StandardCharsets.UTF_8);
    assertThat(ModelFiles.read("upload.JSON", content, Locale.ENGLISH).organization().people())
        .hasSize(1);
  }

  @Test
  void rejectsAnUnknownExtension() {
    assertThat(catchThrowableOfType(ModelRejectedException.class,
        () -> ModelFiles.read("model.txt", new byte[0], Locale.FRENCH)).problems())
        .extracting(Problem::toString).singleElement().asString()
        .startsWith("model.txt: format de modèle inconnu");
  }
}
