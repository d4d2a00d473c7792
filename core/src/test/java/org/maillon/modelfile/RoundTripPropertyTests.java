package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Settings;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;

/** Any valid organisation the writers write, the readers read back equal, in every format. */
class RoundTripPropertyTests {

  @Property(tries = 50)
  void everyFormatReadsBackEqual(@ForAll("organizations") Organization organization) throws IOException {
    Path dir = Files.createTempDirectory("round-trip");
    try {
      for (String name : List.of("m.yaml", "m.json")) {
        StringWriter out = new StringWriter();
        if (name.endsWith("yaml")) {
          ModelWriter.writeYaml(organization, out);
        } else {
          ModelWriter.writeJson(organization, out);
        }
        byte[] content = out.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(ModelFiles.read(name, content, Locale.ENGLISH).organization()).isEqualTo(organization);
      }
      ModelWriter.writeCsv(organization, dir.resolve("csv"));
      assertThat(ModelFiles.read(dir.resolve("csv"), Locale.ENGLISH).organization()).isEqualTo(organization);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  @Provide
  Arbitrary<Organization> organizations() {
    Arbitrary<String> text = Arbitraries.strings().withChars("aZé ,\"'\n:#-").ofMinLength(1).ofMaxLength(8)
        .injectNull(0.2);
    Arbitrary<String> item = Arbitraries.strings().withChars("aZé,'\"#").ofMinLength(1).ofMaxLength(8);
    return Combinators.combine(text, Arbitraries.integers().between(2, 30),
        Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 20),
        text.list().ofSize(20), item.list().ofSize(4), Arbitraries.longs())
        .as((name, span, teams, people, texts, items, seed) ->
            organization(name, span, teams, people, texts, items, new Random(seed)));
  }

  private static Organization organization(String name, int span, int teamCount, int peopleCount,
      List<String> texts, List<String> items, Random random) {
    List<Team> teams = new ArrayList<>();
    for (int t = 0; t < teamCount; t++) {
      teams.add(new Team("t" + t, texts.get(t), TeamKind.values()[random.nextInt(3)],
          texts.get(t + 6), random.nextBoolean() && peopleCount > 0 ? "p0" : null));
    }
    List<Person> people = new ArrayList<>();
    for (int p = 0; p < peopleCount; p++) {
      people.add(new Person("p" + p, texts.get(p % 20), texts.get((p + 3) % 20),
          random.nextBoolean() ? "t" + random.nextInt(teamCount) : null,
          p == 0 ? null : "p" + random.nextInt(p)));
    }
    List<Link> links = new ArrayList<>();
    for (int t = 1; t < teamCount; t++) {
      links.add(new Link("t" + t, "t0", texts.get(t + 12),
          List.of(new Expectation("x", items.get(0)), new Expectation("y", items.get(1))),
          List.of(new Commitment(items.get(2), List.of("y")), new Commitment(items.get(3), List.of()))));
    }
    List<Procedure> procedures = new ArrayList<>();
    for (int t = 0; t < teamCount; t++) {
      List<String> approvals = peopleCount == 0 ? List.of() : List.of("p" + random.nextInt(peopleCount), "p0");
      Double lead = random.nextBoolean() ? null : (1 + random.nextInt(400)) / 8.0;
      Double work = lead == null || random.nextBoolean() ? null : lead * (1 + random.nextInt(24)) / 10.0;
      procedures.add(new Procedure("pr" + t, "t" + t, texts.get(t + 14), 1 + random.nextInt(9), approvals,
          t == 0 ? List.of() : List.of("t0"), lead, work));
    }
    return new Organization(name, new Settings(span, random.nextInt(4), random.nextInt(101) / 100.0, random.nextInt(61),
        1 + random.nextInt(30)), null, null,
        teams, people, links, procedures);
  }
}
