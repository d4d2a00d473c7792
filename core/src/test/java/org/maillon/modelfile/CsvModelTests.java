package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.maillon.modelfile.ModelFilesTesting.latin1;
import static org.maillon.modelfile.ModelFilesTesting.problems;
import static org.maillon.modelfile.ModelFilesTesting.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import org.maillon.testing.HrExports;

class CsvModelTests {

  @TempDir
  Path dir;

  @Test
  void importsAnHrExportAsItIs() {
    Path export = HrExports.handMade();
    LoadedModel model = ModelFiles.read(export, Locale.ENGLISH);
    Organization organization = model.organization();
    assertThat(organization.people()).extracting(Person::id)
        .containsExactly("100", "101", "102", "103", "104", "108", "109", "145", "150", "151", "178", "200", "206");
    assertThat(organization.people()).contains(
        new Person("100", "Steven King", "President", "90", null),
        new Person("103", "Alexander \"Alex\" James", "Programmer", "60", "102"),
        new Person("108", "Nancy Gruenberg", "FI_MGR", "100", "101"),
        new Person("109", "Daniel Faviet", "Accountant, senior", "100", "108"),
        new Person("150", "Hélène O'Connell", "Sales Representative", "80", "145"),
        new Person("178", "Kimberely Grant", "Sales Representative", null, "145"),
        new Person("206", "Gietz", "Public Accountant", "100", "108"));
    assertThat(organization.teams()).containsExactly(
        new Team("10", "Administration", TeamKind.CORE, null, "200"),
        new Team("60", "IT", TeamKind.CORE, null, "103"),
        new Team("80", "Sales", TeamKind.CORE, null, "145"),
        new Team("90", "Executive", TeamKind.CORE, null, "100"),
        new Team("100", "Finance", TeamKind.CORE, null, "108"),
        new Team("120", "Treasury", TeamKind.CORE, null, null),
        new Team("250", "Retail Sales, Stores", TeamKind.CORE, null, null));
    String prefix = export + export.getFileSystem().getSeparator();
    assertThat(model.warnings()).extracting(p -> p.toString().replace(prefix, "")).containsExactly(
        "departments.csv:1: column 'LOCATION_ID' ignored",
        "employees.csv:1: column 'PHONE_NUMBER' ignored",
        "employees.csv:1: column 'HIRE_DATE' ignored",
        "employees.csv:1: column 'SALARY' ignored",
        "employees.csv:1: column 'COMMISSION_PCT' ignored",
        "employees.csv:2: email 'SKING' is not an address: left out, as are 12 more of this file that are not addresses either",
        "jobs.csv:1: column 'MIN_SALARY' ignored",
        "jobs.csv:1: column 'MAX_SALARY' ignored");
  }

  @Test
  void importsTheOracleHrExportAsItIs() {
    LoadedModel model = ModelFiles.read(HrExports.oracleHr(), Locale.ENGLISH);
    Organization organization = model.organization();
    assertThat(organization.people()).hasSize(107);
    assertThat(organization.teams()).hasSize(27);
    assertThat(organization.people()).filteredOn(p -> p.team() == null).hasSize(1);
    assertThat(organization.people().get(0))
        .isEqualTo(new Person("100", "Steven King", "President", "90", null));
    assertThat(organization.teams().get(0))
        .isEqualTo(new Team("10", "Administration", TeamKind.CORE, null, "200"));
    assertThat(model.warnings()).extracting(Problem::message).contains(
        "email 'SKING' is not an address: left out, as are 106 more of this file that are not addresses either");
  }

  @Test
  void readsHeadersAndFilesByTheirAliasesInAnyCase() throws Exception {
    write(dir, "hr/Staff.csv", """
        Person_ID, Full_Name ,Position,Dept_ID,Reports_To
        1,Ana,Boss,d1,
        2,Bo,,d1,1
        """);
    write(dir, "hr/departments.csv", "DEPT_ID,DEPT_NAME,LEAD_ID,KIND\nd1,Direction,1,support\n");
    Organization organization = ModelFiles.read(dir.resolve("hr"), Locale.ENGLISH).organization();
    assertThat(organization.people()).containsExactly(
        new Person("1", "Ana", "Boss", "d1", null), new Person("2", "Bo", null, "d1", "1"));
    assertThat(organization.teams()).containsExactly(
        new Team("d1", "Direction", TeamKind.SUPPORT, null, "1"));
  }

  @Test
  void readsLinkItemsAndSettings() throws Exception {
    write(dir, "m/people.csv", "id\n");
    write(dir, "m/teams.csv", "id,kind\nsales,front-line\n");
    write(dir, "m/customers.csv", "id,name\nretail,Retail\n");
    write(dir, "m/settings.csv", "key,value\norganization,Demo SME\ntargetSpan,5\n");
    write(dir, "m/links.csv", """
        from,to,delivers,expectations,commitments
        sales,retail,Advice,quote-48h: A quote within 48 hours; A call back,"Quotes in 24 hours -> quote-48h, e2; Newsletter"
        """);
    Organization organization = ModelFiles.read(dir.resolve("m"), Locale.ENGLISH).organization();
    assertThat(organization.name()).isEqualTo("Demo SME");
    assertThat(organization.settings().targetSpan()).isEqualTo(5);
    assertThat(organization.links()).containsExactly(new Link("sales", "retail", "Advice",
        List.of(new Expectation("quote-48h", "A quote within 48 hours"),
            new Expectation("e2", "A call back")),
        List.of(new Commitment("Quotes in 24 hours", List.of("quote-48h", "e2")),
            new Commitment("Newsletter", List.of()))));
  }

  @Test
  void reportsEveryRuleAtTheLineOfItsRecord() throws Exception {
    write(dir, "m/settings.csv", "key,value\ntargetSpan,1.5\n");
    write(dir, "m/customers.csv", "id\nretail\n\n,no id\n");
    write(dir, "m/partners.csv", "id\ncarrier\n");
    write(dir, "m/teams.csv", "id,name,kind,lead\nretail,,,\nsales,\"Sales,\nand more\",frontline,ghost\n,,,\n\"\",x,,\n");
    write(dir, "m/people.csv", """
        id,team,manager
        a,,c
        b,,a
        c,,b
        a,nowhere,nobody
        ,,
        ,sales,
        """);
    write(dir, "m/links.csv", """
        from,to,expectations,commitments
        retail,carrier,,
        sales,sales,,
        carrier,sales,,
        carrier,sales,,
        mars,venus,,
        sales,retail,q: one; q: two,-> q; -> z
        ,retail,,
        """);
    assertThat(problems(dir.resolve("m"), dir)).containsExactly(
        "m/customers.csv:4: a final customer has no id",
        "m/links.csv:2: a link cannot go from the final customer 'retail'",
        "m/links.csv:2: a link cannot go to the partner 'carrier'",
        "m/links.csv:3: a link cannot go from 'sales' to itself",
        "m/links.csv:5: duplicate link from 'carrier' to 'sales', already at m/links.csv:4",
        "m/links.csv:6: unknown link source 'mars'",
        "m/links.csv:6: unknown link target 'venus'",
        "m/links.csv:7: duplicate expectation id 'q' on this link",
        "m/links.csv:7: unknown expectation 'z' on this link",
        "m/links.csv:8: a link has no from",
        "m/people.csv:2: reporting lines form a cycle: a → c → b → a",
        "m/people.csv:5: duplicate person id 'a', already used at m/people.csv:2",
        "m/people.csv:5: unknown team 'nowhere'",
        "m/people.csv:5: unknown manager 'nobody'",
        "m/people.csv:7: a person has no id",
        "m/settings.csv:2: invalid targetSpan '1.5': expected an integer of at least 2",
        "m/teams.csv:2: duplicate id 'retail', already used at m/customers.csv:2 (teams, final customers and partners share their ids)",
        "m/teams.csv:3: invalid kind 'frontline': expected front-line, core or support",
        "m/teams.csv:3: unknown team lead 'ghost'",
        "m/teams.csv:6: a team has no id");
  }

  @Test
  void reportsAMissingRequiredFile() throws Exception {
    write(dir, "m/teams.csv", "id\nsales\n");
    assertThat(problems(dir.resolve("m"), dir)).containsExactly(
        "m/people.csv: required file is missing: one of people.csv, employees.csv, staff.csv");
  }

  @Test
  void reportsAMalformedCsvAtItsRecord() throws Exception {
    write(dir, "m/teams.csv", "id\nsales\n");
    write(dir, "m/people.csv", "id,name\na,Ana\nb,\"Bo\n");
    assertThat(problems(dir.resolve("m"), dir)).singleElement().asString()
        .startsWith("m/people.csv:3: malformed file:");
  }

  @Test
  void refusesInvalidUtf8AtItsLineInAFolderOrAZip() throws Exception {
    byte[] people = latin1("id,name\na,Ana\nb,Zoé\nc,Bo\n");
    Files.write(write(dir, "m/teams.csv", "id\nsales\n").resolveSibling("people.csv"), people);
    assertThat(problems(dir.resolve("m"), dir))
        .containsExactly("m/people.csv:3: not valid UTF-8 (byte 0xE9): save the file as UTF-8");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("teams.csv"));
      zip.write("id\nsales\n".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("people.csv"));
      zip.write(people);
    }
    assertThat(problems("m.zip", bytes.toByteArray()))
        .containsExactly("m.zip!/people.csv:3: not valid UTF-8 (byte 0xE9): save the file as UTF-8");
  }

  @Test
  void refusesInvalidUtf8AtItsLineInALargeFileOrOneMalformedAfterIt() throws Exception {
    StringBuilder people = new StringBuilder("id,name\n");
    for (int p = 1; p <= 20_000; p++) {
      people.append('p').append(p).append(",Person ").append(p).append('\n');
    }
    assertThat(people.length()).isGreaterThan(4 * CsvRecords.GRAIN);
    write(dir, "m/teams.csv", "id\nsales\n");
    Path file = dir.resolve("m/people.csv");
    Files.write(file, latin1(people + "x,Zoé\n"));
    assertThat(problems(dir.resolve("m"), dir))
        .containsExactly("m/people.csv:20002: not valid UTF-8 (byte 0xE9): save the file as UTF-8");
    Files.write(file, latin1("id,name\nx,Zoé\ny,\"Bo\"z\n"));
    assertThat(problems(dir.resolve("m"), dir))
        .containsExactly("m/people.csv:2: not valid UTF-8 (byte 0xE9): save the file as UTF-8");
  }

  @Test
  void readsAZipUpload() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("model/People.csv"));
      zip.write("id,team\na,sales\nb,sales\nb,x\n".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("model/teams.csv"));
      zip.write("id\nsales\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(catchThrowableOfType(ModelRejectedException.class,
        () -> ModelFiles.read("sme.zip", bytes.toByteArray(), Locale.ENGLISH)).problems())
        .extracting(Problem::toString).containsExactly(
            "sme.zip!/model/People.csv:4: duplicate person id 'b', already used at sme.zip!/model/People.csv:3",
            "sme.zip!/model/People.csv:4: unknown team 'x'");
    Path zip = dir.resolve("sme.zip");
    Files.write(zip, bytes.toByteArray());
    assertThat(problems(zip, dir)).containsExactly(
        "sme.zip!/model/People.csv:4: duplicate person id 'b', already used at sme.zip!/model/People.csv:3",
        "sme.zip!/model/People.csv:4: unknown team 'x'");
  }
}
