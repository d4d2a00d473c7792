package org.maillon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Close ids for typos: within two edits, ignoring case, nearest first, three at most. */
class SuggestionsTests {

  @Test
  void editsCountInsertionsDeletionsAndSubstitutions() {
    assertThat(Suggestions.edits("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.edits("", "abc")).isEqualTo(3);
    assertThat(Suggestions.edits("same", "same")).isZero();
  }

  @Test
  void suggestsTheNearestIdsFirst() {
    List<String> ids = List.of("sales", "Sale", "scales", "ops", "salesforce", "tales", "sells");

    assertThat(Suggestions.close("sales", ids)).containsExactly("sales", "Sale", "scales");
    assertThat(Suggestions.close("xyz", ids)).isEmpty();
  }
}
