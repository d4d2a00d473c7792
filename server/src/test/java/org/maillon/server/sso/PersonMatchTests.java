package org.maillon.server.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maillon.model.Person;

/** Which person a claim designates, among three: two with an email (the same one, as an HR mistake), one without. */
class PersonMatchTests {

  static final List<Person> PEOPLE = List.of(
      new Person("p-1", "Camille Roux", null, "sales", null, "Camille.Roux@acme.example", null),
      new Person("p-2", "Lou Martin", null, "sales", "p-1", null, null),
      new Person("p-3", "Camille Roux", null, "ops", "p-1", "camille.roux@acme.example", null));

  @Test
  void anEmailMatchesInAnyCaseTheFirstPersonInTheModelsOrder() {
    assertThat(PersonMatch.among(PEOPLE, "CAMILLE.roux@acme.example", false)).isEqualTo("p-1");
  }

  @Test
  void anIdMatchesExactlyAndOnlyWhenAskedTo() {
    assertThat(PersonMatch.among(PEOPLE, "p-2", true)).isEqualTo("p-2");
    assertThat(PersonMatch.among(PEOPLE, "P-2", true)).isNull();
    assertThat(PersonMatch.among(PEOPLE, "p-2", false)).isNull();
  }

  @Test
  void noValueOrAnUnknownOneMatchesNobodyNotEvenThoseWithoutEmail() {
    assertThat(PersonMatch.among(PEOPLE, null, false)).isNull();
    assertThat(PersonMatch.among(PEOPLE, " ", false)).isNull();
    assertThat(PersonMatch.among(PEOPLE, "newcomer@acme.example", false)).isNull();
  }
}
