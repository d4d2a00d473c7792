package org.maillon.server.valuechain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule for every search box: an id first, then a whole name, then a part of either, ignoring case. */
class TextSearchTests {

  record Item(String id, String name) {}

  static final List<Item> ITEMS = List.of(new Item("achats", "Achats et approvisionnement"),
      new Item("ventes", "Ventes"), new Item("ventes-pro", "Ventes aux professionnels"), new Item("web", null));

  @Test
  void anIdComesFirstThenAWholeNameThenAPartOfEither() {
    assertThat(find("ventes-pro")).isEqualTo(ITEMS.get(2));
    assertThat(find("  VENTES ")).isEqualTo(ITEMS.get(1));
    assertThat(find("profession")).isEqualTo(ITEMS.get(2));
    assertThat(find("APPRO")).isEqualTo(ITEMS.get(0));
    assertThat(find("we")).isEqualTo(ITEMS.get(3));
    assertThat(find("nowhere")).isNull();
    assertThat(find(" ")).isNull();
    assertThat(find(null)).isNull();
  }

  @Test
  void aListKeepsWhatContainsTheTextInItsIdOrNameAndEverythingWithoutSearch() {
    assertThat(ITEMS.stream().filter(i -> TextSearch.of("Vente").matches(i.id(), i.name())).toList())
        .containsExactly(ITEMS.get(1), ITEMS.get(2));
    assertThat(ITEMS.stream().filter(i -> TextSearch.of(" ").matches(i.id(), i.name())).toList())
        .isEqualTo(ITEMS);
    assertThat(TextSearch.of(null).isBlank()).isTrue();
  }

  private static Item find(String text) {
    return TextSearch.of(text).find(ITEMS, Item::id, Item::name);
  }
}
