package org.maillon.modelfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillon.modelfile.ModelFilesTesting.problems;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.model.Organization;
import org.maillon.model.Person;

/** Validation walks reporting lines without recursion: no depth may overflow the stack. */
class DeepHierarchyTests {

  static final int SIZE = 100_000;

  @TempDir
  Path dir;

  @Test
  void acceptsAChainOneHundredThousandDeep() throws Exception {
    Path file = yaml("chain.json", i -> i == 0 ? null : "p" + (i - 1));
    assertThat(ModelFiles.read(file, Locale.ENGLISH).organization().people()).hasSize(SIZE);
  }

  @Test
  void namesACycleOneHundredThousandLongOnce() throws Exception {
    Path file = yaml("cycle.json", i -> "p" + ((i + 1) % SIZE));
    assertThat(problems(file, dir)).containsExactly("cycle.json:7:17: reporting lines form a cycle"
        + " of 100000 people: p0 → p1 → p2 → p3 → p4 → p5 → p6 → p7 → p8 → p9 → p10 → p11 → … → p0");
  }

  @Test
  void reportsEachOfSeveralCyclesOnceAndAcceptsTheirTails() throws Exception {
    Path file = yaml("cycles.json", i -> switch (i) {
      case 0 -> "p1";
      case 1 -> "p0";
      case 2 -> "p2";
      default -> "p" + (i - 1);
    });
    assertThat(problems(file, dir)).containsExactly(
        "cycles.json:7:17: reporting lines form a cycle: p0 → p1 → p0",
        "cycles.json:13:17: reporting lines form a cycle: p2 → p2");
  }

  /** A JSON model (the fastest to read) of {@value #SIZE} people, person i reporting to {@code manager(i)}. */
  private Path yaml(String name, IntFunction<String> manager) throws Exception {
    List<Person> people = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      people.add(new Person("p" + i, null, null, null, manager.apply(i)));
    }
    Path file = dir.resolve(name);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ModelWriter.writeJson(new Organization(null, null, null, null, null, people, null), out);
    }
    return file;
  }
}
