package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.modelfile.ModelFilesTesting.problems;
import static org.maillon.modelfile.ModelFilesTesting.write;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Organization;
import org.maillon.model.Person;

/** A person's email and yearly cost, a final customer's revenue: read, written back, problems located. */
class EmailCostRevenueModelTests {

  private static final String MODEL = """
      customers:
        - id: retail
          revenue: 1200000
        - id: pros
      teams:
        - id: sales
      people:
        - id: boss
          team: sales
          email: " camille.roux@example.fr "
          cost: 85000.5
        - id: ana
          team: sales
          manager: boss
      """;

  @TempDir
  Path dir;

  @Test
  void readsThemInYamlAndLeavesThemAbsentWhereUnsaid() throws Exception {
    LoadedModel model = ModelFiles.read(write(dir, "m.yaml", MODEL), Locale.ENGLISH);
    assertThat(model.warnings()).isEmpty();
    assertThat(model.organization().people()).containsExactly(
        new Person("boss", null, null, "sales", null, "camille.roux@example.fr", 85000.5),
        new Person("ana", null, null, "sales", "boss"));
    assertThat(model.organization().customers()).containsExactly(
        new FinalCustomer("retail", null, 1200000.0), new FinalCustomer("pros", null));
  }

  @Test
  void reportsAmountsThatAreNotNumbersWhereTheyStand() throws Exception {
    Path file = write(dir, "m.yaml", MODEL.replace("1200000", "-5").replace("85000.5", "85 000"));
    assertThat(problems(file, dir)).containsExactly(
        "m.yaml:3:14: invalid revenue '-5': expected a yearly amount of 0 or more, written with digits and a point (1200000)",
        "m.yaml:11:11: invalid cost '85 000': expected a yearly amount of 0 or more, written with digits and a point (52000.50)");
  }

  @Test
  void anEmailTooLongIsRefusedAndOneThatIsNotAnAddressLeftOutWithOneWarning() throws Exception {
    String tooLong = "a".repeat(250) + "@x.fr";
    assertThat(problems(write(dir, "long.yaml", MODEL.replace("camille.roux@example.fr", tooLong)), dir))
        .containsExactly("long.yaml:10:12: 'email' is 255 characters long: at most 254");
    Path folder = dir.resolve("csv");
    write(folder, "teams.csv", "id\nsales\n");
    write(folder, "people.csv", "id,team,Work_Email,annual_cost\nboss,sales,CROUX,70000\nana,sales,ana@x.fr,\nluc,sales,LUC,\n");
    write(folder, "customers.csv", "id,yearly_revenue\nretail,300\n");
    LoadedModel model = ModelFiles.read(folder, Locale.FRENCH);
    assertThat(model.organization().people()).extracting(Person::email).containsExactly(null, "ana@x.fr", null);
    assertThat(model.organization().people()).extracting(Person::cost).containsExactly(70000.0, null, null);
    assertThat(model.organization().customers()).extracting(FinalCustomer::revenue).containsExactly(300.0);
    assertThat(model.warnings()).extracting(p -> p.toString().replace(dir + "/", "")).containsExactly(
        "csv/people.csv:2: l’email « CROUX » n’est pas une adresse : laissé de côté, comme 1 autres de ce fichier"
            + " qui n’en sont pas non plus");
  }

  @Test
  void roundTripThroughEveryFormat() throws Exception {
    Organization read = ModelFiles.read(write(dir, "m.yaml", MODEL), Locale.ENGLISH).organization();
    StringWriter yaml = new StringWriter();
    ModelWriter.writeYaml(read, yaml);
    assertThat(yaml.toString()).contains("email: \"camille.roux@example.fr\"", "cost: 85000.5", "revenue: 1200000");
    StringWriter json = new StringWriter();
    ModelWriter.writeJson(read, json);
    Path csv = dir.resolve("out");
    ModelWriter.writeCsv(read, csv);
    assertThat(ModelFiles.read(write(dir, "back.yaml", yaml.toString()), Locale.ENGLISH).organization()).isEqualTo(read);
    assertThat(ModelFiles.read(write(dir, "back.json", json.toString()), Locale.ENGLISH).organization()).isEqualTo(read);
    assertThat(ModelFiles.read(csv, Locale.ENGLISH).organization()).isEqualTo(read);
    assertThat(Files.readString(csv.resolve("people.csv"))).startsWith("id,name,title,team,manager,email,cost");
    assertThat(Files.readString(csv.resolve("customers.csv"))).startsWith("id,name,revenue");
  }
}
