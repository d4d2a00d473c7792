package org.maillon.server.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Contacts read from CSV: with a header in any order or without one, each remembering its line. */
class ContactsCsvTests {

  @Test
  void aHeaderNamesTheColumnsInAnyOrderAndTheLinesCountFromIt() {
    ContactsCsv csv = ContactsCsv.read("customer,email,language\nparticuliers, A@Example.org ,fr\n\npros,b@example.org,en\n");

    assertThat(csv.contacts().contacts()).containsExactly(
        new NewContacts.Contact("A@Example.org", "fr", "particuliers"),
        new NewContacts.Contact("b@example.org", "en", "pros"));
    assertThat(csv.contacts().contacts().get(0).address()).isEqualTo("a@example.org");
    assertThat(List.of(csv.where(0), csv.where(1))).containsExactly("line 2", "line 3");
  }

  @Test
  void withoutAHeaderTheColumnsAreEmailLanguageCustomer() {
    ContactsCsv csv = ContactsCsv.read("a@example.org,fr,particuliers\nb@example.org,en,pros");

    assertThat(csv.contacts().contacts()).containsExactly(
        new NewContacts.Contact("a@example.org", "fr", "particuliers"),
        new NewContacts.Contact("b@example.org", "en", "pros"));
    assertThat(csv.where(1)).isEqualTo("line 2");
  }

  @Test
  void aMissingColumnIsRefusedBeforeAnyRow() {
    assertThatThrownBy(() -> ContactsCsv.read("email,customer\na@example.org,particuliers"))
        .isInstanceOfSatisfying(ListeningRejected.class, rejected -> assertThat(rejected.violations())
            .extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("line 1", "column")));
  }
}
