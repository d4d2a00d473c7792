package org.maillon.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.parallel.Cores;
import org.maillon.synthetic.SyntheticOrganization;

/**
 * The diagnosis does not depend on how many cores compute it: an organisation large enough that
 * every split pass is cut into several ranges gives the same bytes on one core and on several.
 */
class ParallelDiagnosisTests {

  private static final Organization LARGE = SyntheticOrganization.generate(100_000, 5);

  @AfterEach
  void defaultParallelism() {
    System.clearProperty("maillon.parallelism");
  }

  @Test
  void theLargeOrganizationIsSplitIntoSeveralRanges() {
    System.setProperty("maillon.parallelism", "2");
    assertThat(Cores.parts(LARGE.people().size(), 1 << 15)).isGreaterThan(1);
    assertThat(Cores.parts(LARGE.links().size(), 1 << 12)).isGreaterThan(1);
    assertThat(DiagnosisEngine.diagnose(LARGE).findings()).as("several chunks of JSON").hasSizeGreaterThan(3 << 12);
  }

  @Test
  void fullAndSummaryJsonAreTheSameOnOneCoreAndOnSeveral() {
    for (boolean summary : new boolean[] {false, true}) {
      String oneCore = on("1", () -> json(summary, Locale.ENGLISH));
      String threeCores = on("3", () -> json(summary, Locale.ENGLISH));
      assertThat(threeCores).as("summary " + summary).isEqualTo(oneCore);
    }
    assertThat(on("2", () -> json(true, Locale.FRENCH))).isEqualTo(on("1", () -> json(true, Locale.FRENCH)));
  }

  @Test
  void anUnknownReferenceIsReportedAsOneCoreReportsIt() {
    List<Person> people = new ArrayList<>(LARGE.people());
    for (int at : new int[] {95_000, 60_000}) {
      Person p = people.get(at);
      people.set(at, new Person(p.id(), p.name(), p.title(), p.team(), "nobody-" + at));
    }
    Organization broken = new Organization(LARGE.name(), LARGE.settings(), LARGE.customers(), LARGE.partners(),
        LARGE.teams(), people, LARGE.links(), LARGE.procedures());
    String first = "unknown manager nobody-60000 of person " + people.get(60_000).id();
    for (String cores : new String[] {"1", "4"}) {
      System.setProperty("maillon.parallelism", cores);
      assertThatThrownBy(() -> DiagnosisEngine.diagnose(broken))
          .isInstanceOf(IllegalArgumentException.class).hasMessage(first);
    }
  }

  private static String json(boolean summary, Locale locale) {
    StringWriter out = new StringWriter();
    DiagnosisJson.write(DiagnosisEngine.diagnose(LARGE), out, summary, locale);
    return out.toString();
  }

  private static <T> T on(String cores, Supplier<T> work) {
    System.setProperty("maillon.parallelism", cores);
    try {
      return work.get();
    } finally {
      System.clearProperty("maillon.parallelism");
    }
  }
}
