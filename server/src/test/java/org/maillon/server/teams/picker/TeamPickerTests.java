package org.maillon.server.teams.picker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A typed team found by id or name, refused in words when it names none or several; a select only for few. */
class TeamPickerTests {

  static final List<Team> TEAMS = List.of(team("sales", "Sales"), team("legal", "Legal"),
      team("ops-1", "Operations"), team("ops-2", "Operations"));

  private final TeamPicker picker = new TeamPicker(null, null, pages());

  private static ResourceBundleMessageSource pages() {
    ResourceBundleMessageSource pages = new ResourceBundleMessageSource();
    pages.setBasename("i18n/pages");
    pages.setDefaultEncoding("UTF-8");
    pages.setFallbackToSystemLocale(false);
    pages.setAlwaysUseMessageFormat(true);
    return pages;
  }

  private static Team team(String id, String name) {
    return new Team(id, name, TeamKind.CORE, null, null);
  }

  @Test
  void findsATeamByIdOrByItsOnlyName() {
    assertThat(picker.pick(TEAMS, "legal", Locale.ENGLISH)).isEqualTo(new TeamPick("legal", "legal", null));
    assertThat(picker.pick(TEAMS, "  sALES ", Locale.ENGLISH)).isEqualTo(new TeamPick("sALES", "sales", null));
    assertThat(picker.pick(TEAMS, "ops-2", Locale.ENGLISH).team()).isEqualTo("ops-2");
    assertThat(picker.pick(TEAMS, " ", Locale.ENGLISH)).isEqualTo(TeamPick.NONE);
  }

  @Test
  void accentsAsideATypedNameFindsItsTeamAndItsWordsSuggestIt() {
    List<Team> teams = List.of(team("qa-1", "Qualité fournisseurs"), team("qa-2", "Qualité clients"),
        team("quarry", "Quarry"), team("clients", "Relation client"));
    assertThat(picker.pick(teams, "qualite clients", Locale.FRENCH).team()).isEqualTo("qa-2");
    assertThat(TeamPicker.suggested(teams, "qualite", t -> true)).extracting(Team::id).containsExactly("qa-1", "qa-2");
    assertThat(TeamPicker.suggested(teams, "QUALITÉ cli", t -> true)).extracting(Team::id).containsExactly("qa-2");
    assertThat(TeamPicker.suggested(teams, "client", t -> true)).extracting(Team::id)
        .containsExactly("qa-2", "clients");
    assertThat(TeamPicker.suggested(teams, "qua", t -> !t.id().equals("qa-1"))).extracting(Team::id)
        .containsExactly("qa-2", "quarry");
    assertThat(TeamPicker.suggested(teams, "alite", t -> true)).isEmpty();
    assertThat(TeamPicker.suggested(teams, "  ", t -> true)).isEmpty();
  }

  @Test
  void saysWhyWhatWasTypedNamesNoTeam() {
    TeamPick unknown = picker.pick(TEAMS, "Finance", Locale.FRENCH);
    assertThat(unknown.wrong()).isTrue();
    assertThat(unknown.team()).isNull();
    assertThat(unknown.problem()).isEqualTo(
        "Aucune équipe que vous pouvez choisir ici ne s'appelle « Finance » ni n'a cet identifiant.");
    assertThat(picker.pick(TEAMS, "operations", Locale.ENGLISH).problem())
        .startsWith("Several teams are named \"operations\"");
  }

  @Test
  void offersASelectUpToTwoHundredTeamsAndATextInputAbove() {
    TeamChoice few = picker.choice(TEAMS, TeamPick.chosen("legal"), TeamScope.LED);
    assertThat(few.few()).isTrue();
    assertThat(few.options()).containsExactly(new TeamChoice.Option("sales", "Sales"),
        new TeamChoice.Option("legal", "Legal"), new TeamChoice.Option("ops-1", "Operations"),
        new TeamChoice.Option("ops-2", "Operations"));
    assertThat(few.text()).isEqualTo("Legal");
    assertThat(few.scope()).isEqualTo("led");

    List<Team> many = new ArrayList<>();
    for (int i = 0; i <= TeamPicker.FEW; i++) {
      many.add(team("t-" + i, "Team " + i));
    }
    TeamChoice typed = picker.choice(many, picker.pick(many, "team 7", Locale.ENGLISH), TeamScope.LED_OR_OWN);
    assertThat(typed.few()).isFalse();
    assertThat(typed.chosen()).isEqualTo("t-7");
    assertThat(typed.text()).isEqualTo("Team 7");
    assertThat(typed.scope()).isEqualTo("led-or-own");
    assertThat(picker.choice(many.subList(0, TeamPicker.FEW), TeamPick.NONE, TeamScope.ANY).few()).isTrue();
  }
}
