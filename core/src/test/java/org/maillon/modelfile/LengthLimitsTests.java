package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.modelfile.ModelFilesTesting.problems;
import static org.maillon.modelfile.ModelFilesTesting.write;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.model.TextLimits;

/** Ids, names and texts longer than the server stores whole are located problems, in every format. */
class LengthLimitsTests {

  private static final String ID = "i".repeat(TextLimits.ID + 1);
  private static final String NAME = "n".repeat(TextLimits.NAME + 1);
  private static final String TEXT = "t".repeat(TextLimits.TEXT + 1);

  @TempDir
  Path dir;

  @Test
  void reportsEachValueTooLongAtTheValueInYaml() throws Exception {
    Path file = write(dir, "long.yaml", """
        organization: %2$s
        customers:
          - id: %1$s
            name: %2$s
        partners:
          - id: carrier
            name: %2$s
        teams:
          - id: sales
            name: %2$s
            function: %2$s
        people:
          - id: %1$s
            name: %2$s
            title: %2$s
            team: sales
        links:
          - from: carrier
            to: sales
            delivers: %3$s
            expectations:
              - id: %1$s
                text: %3$s
            commitments:
              - text: %3$s
        procedures:
          - id: %1$s
            team: sales
            name: %2$s
        """.formatted(ID, NAME, TEXT));

    assertThat(problems(file, dir)).containsExactly(
        "long.yaml:1:15: 'organization' is 201 characters long: at most 200",
        "long.yaml:3:9: 'id' is 201 characters long: at most 200",
        "long.yaml:4:11: 'name' is 201 characters long: at most 200",
        "long.yaml:7:11: 'name' is 201 characters long: at most 200",
        "long.yaml:10:11: 'name' is 201 characters long: at most 200",
        "long.yaml:11:15: 'function' is 201 characters long: at most 200",
        "long.yaml:13:9: 'id' is 201 characters long: at most 200",
        "long.yaml:14:11: 'name' is 201 characters long: at most 200",
        "long.yaml:15:12: 'title' is 201 characters long: at most 200",
        "long.yaml:20:15: 'delivers' is 1001 characters long: at most 1000",
        "long.yaml:22:13: 'id' is 201 characters long: at most 200",
        "long.yaml:23:15: 'text' is 1001 characters long: at most 1000",
        "long.yaml:25:15: 'text' is 1001 characters long: at most 1000",
        "long.yaml:27:9: 'id' is 201 characters long: at most 200",
        "long.yaml:29:11: 'name' is 201 characters long: at most 200");
  }

  @Test
  void acceptsValuesAtTheLimit() throws Exception {
    String id = "i".repeat(TextLimits.ID);
    Path file = write(dir, "full.json", """
        {"organization": "%2$s",
         "teams": [{"id": "%1$s", "name": "%2$s"}],
         "people": [{"id": "p", "name": "%2$s", "title": "%2$s", "team": "%1$s"}]}
        """.formatted(id, "n".repeat(TextLimits.NAME)));

    assertThat(ModelFiles.read(file, Locale.ENGLISH).organization().teams().get(0).id()).isEqualTo(id);
  }

  @Test
  void reportsValuesTooLongAtTheLineOfTheirRecordInCsvInFrench() throws Exception {
    write(dir, "m/settings.csv", "key,value\norganization," + NAME + "\n");
    write(dir, "m/teams.csv", "id,name\nsales,Ventes\n" + ID + ",Long\n");
    write(dir, "m/people.csv", "id,name,team\np1," + NAME + ",sales\n");
    write(dir, "m/links.csv", "from,to,expectations,commitments\nsales," + ID + ",q: " + TEXT + "," + TEXT + "\n");

    assertThat(problems(dir.resolve("m"), dir, Locale.FRENCH)).containsExactly(
        "m/links.csv:2: « text » compte 1001 caractères : 1000 au plus",
        "m/links.csv:2: « text » compte 1001 caractères : 1000 au plus",
        "m/people.csv:2: « name » compte 201 caractères : 200 au plus",
        "m/settings.csv:2: « organization » compte 201 caractères : 200 au plus",
        "m/teams.csv:3: « id » compte 201 caractères : 200 au plus");
  }
}
