package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LeftoverVocabularyTests {

  @Test
  void aPlainFrenchSentenceWithTheDemosNamesHasNoLeftover() {
    assertThat(LeftoverVocabulary.problems(
        "Les achats de Marc Lefebvre : au plus 2 niveaux d'approbation, indice 62,8 au T4 2026.", Locale.FRENCH))
        .isEmpty();
  }

  @Test
  void theDemosFrenchNamesAreAtHomeOnAnEnglishPage() {
    assertThat(LeftoverVocabulary.problems(
        "Cuisines Bocage & Fils: Finance et contrôle de gestion serves Ventes en magasin, index 62.8 in Q4 2026.",
        Locale.ENGLISH)).isEmpty();
  }

  @Test
  void findingCodesAreLeftovers() {
    assertThat(LeftoverVocabulary.problems("Circuit : CLIMBING_APPROVAL_CIRCUIT", Locale.FRENCH))
        .singleElement().asString().startsWith("finding code 'CLIMBING_APPROVAL_CIRCUIT'");
  }

  @Test
  void personTeamAndLinkIdsAreLeftovers() {
    List<String> problems = LeftoverVocabulary.problems(
        "Responsables (p-0001, p-0002) ; lien achats->usine-decoupe ; équipe ventes-magasins", Locale.FRENCH);

    assertThat(problems).anyMatch(problem -> problem.startsWith("person id 'p-0001'"))
        .anyMatch(problem -> problem.startsWith("person id 'p-0002'"))
        .anyMatch(problem -> problem.startsWith("link id 'achats->usine-decoupe'"))
        .anyMatch(problem -> problem.startsWith("id 'ventes-magasins'"));
  }

  @Test
  void settingNamesAndSymbolsAreLeftovers() {
    assertThat(LeftoverVocabulary.problems("Au-delà de maxApprovalLevels ; équipe ∈ chaîne", Locale.FRENCH))
        .anyMatch(problem -> problem.startsWith("setting name 'maxApprovalLevels'"))
        .anyMatch(problem -> problem.startsWith("symbol '∈'"));
  }

  @Test
  void periodsAndNumbersFollowThePageLanguage() {
    assertThat(LeftoverVocabulary.problems("Indice 62.8 en 2026-Q4, Q1 2027", Locale.FRENCH))
        .anyMatch(problem -> problem.startsWith("decimal point '62.8'"))
        .anyMatch(problem -> problem.startsWith("period code '2026-Q4'"))
        .anyMatch(problem -> problem.startsWith("period 'Q1 2027'"));
    assertThat(LeftoverVocabulary.problems("Index 62,8 in T4 2026, 1,250 people", Locale.ENGLISH))
        .anyMatch(problem -> problem.startsWith("decimal comma '62,8'"))
        .anyMatch(problem -> problem.startsWith("period 'T4 2026'"))
        .noneMatch(problem -> problem.contains("'1,250'"));
  }

  @Test
  void englishWordsOnAFrenchPageAreLeftovers() {
    assertThat(LeftoverVocabulary.problems("Fonction : purchasing ; Expectations no commitment answers",
        Locale.FRENCH)).anyMatch(problem -> problem.startsWith("English word 'purchasing'"))
        .anyMatch(problem -> problem.startsWith("English word 'Expectations'"));
  }

  @Test
  void frenchWordsOnAnEnglishPageAreLeftovers() {
    assertThat(LeftoverVocabulary.problems("Function: achats; … et 1 autres", Locale.ENGLISH))
        .anyMatch(problem -> problem.startsWith("French word 'achats'"))
        .anyMatch(problem -> problem.startsWith("French word 'et'"))
        .anyMatch(problem -> problem.startsWith("French word 'autres'"));
  }

  @Test
  void wordsSharedByBothLanguagesAreNotLeftovers() {
    assertThat(LeftoverVocabulary.problems("Client final, marketing, finance, production, plus on a 5 points",
        Locale.FRENCH)).isEmpty();
    assertThat(LeftoverVocabulary.problems("Client, marketing, finance, production, plus 5 points, non-executive",
        Locale.ENGLISH)).isEmpty();
  }
}
