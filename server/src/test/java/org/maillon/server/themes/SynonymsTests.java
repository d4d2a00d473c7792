package org.maillon.server.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The synonym table finds each concept whatever its wording, case, hyphen or language, as whole words. */
class SynonymsTests {

  private final Synonyms table = Synonyms.parse(List.of("# concepts", "", "sav: SAV, service après-vente, after-sales",
      "devis: quote, quotes"));

  @Test
  void findsEachWordingAsWholeWordsLongestFirst() {
    assertThat(table.find("Le service après vente et le SAV, puis l'After-Sales")).containsExactly(
        new Synonyms.Match(3, 22, "=sav"), new Synonyms.Match(29, 32, "=sav"), new Synonyms.Match(41, 52, "=sav"));
    assertThat(table.find("Savoir-faire, quotation, devis")).containsExactly(new Synonyms.Match(25, 30, "=devis"));
  }

  @Test
  void rejectsALineWithoutItsConcept() {
    assertThatThrownBy(() -> Synonyms.parse(List.of("SAV, after-sales"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Synonyms.parse(List.of()).find("SAV")).isEmpty();
  }

  @Test
  void theApplicationTableMergesSavAndAfterSalesAndQuoteWithDevis() {
    Synonyms application = Synonyms.load();
    assertThat(application.find("SAV")).extracting(Synonyms.Match::key).containsExactly("=sav");
    assertThat(application.find("after-sales service")).extracting(Synonyms.Match::key).containsExactly("=sav");
    assertThat(application.find("quote")).extracting(Synonyms.Match::key)
        .isEqualTo(application.find("devis").stream().map(Synonyms.Match::key).toList());
  }
}
