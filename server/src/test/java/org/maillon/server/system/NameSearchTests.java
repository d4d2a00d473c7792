package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.maillon.model.Person;

/** People and teams are found by what users know of them: the words of their names, case and accents aside. */
class NameSearchTests {

  static final List<Person> PEOPLE = List.of(
      new Person("p-1", "Thomas Nguyen", null, null, null),
      new Person("p-2", "Chloé Thomas", null, null, null),
      new Person("p-3", "Thomasine Roux", null, null, null),
      new Person("p-4", "Anthony Martin", null, null, null),
      new Person("p-5", "Élodie Girard", null, null, null));

  @Test
  void eachWordOfTheQueryBeginsAWordOfTheName() {
    assertThat(find("thomas")).containsExactly("p-1", "p-2", "p-3");
    assertThat(find("THOM chlo")).containsExactly("p-2");
    assertThat(find("homas")).as("inside a word is not a match").isEmpty();
    assertThat(find("elodie")).containsExactly("p-5");
    assertThat(find("p-4")).as("an id").containsExactly("p-4");
    assertThat(find("  ")).isEmpty();
  }

  @Test
  void theFirstOnesUpToTheLimit() {
    assertThat(NameSearch.find(PEOPLE, Person::id, Person::name, "thomas", 2)).extracting(Person::id)
        .containsExactly("p-1", "p-2");
  }

  @Test
  void anExactNameOrIdPicksOneAndOnlyOne() {
    Function<String, String> exact = query -> NameSearch.exact(PEOPLE, Person::id, Person::name, query)
        .map(Person::id).orElse(null);
    assertThat(exact.apply(" chloe THOMAS ")).isEqualTo("p-2");
    assertThat(exact.apply("p-3")).isEqualTo("p-3");
    assertThat(exact.apply("Thomas")).isNull();
  }

  private static List<String> find(String query) {
    return NameSearch.find(PEOPLE, Person::id, Person::name, query, 10).stream().map(Person::id).toList();
  }
}
