package org.maillon.server.diagnosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maillon.server.diagnosis.web.Navigation.Item;

/** The menu keeps every page it had, marks the entry of the page shown, and names everything in both languages. */
class NavigationTests {

  static final List<Item> ALL = Stream.concat(Navigation.TOP.stream(),
      Navigation.GROUPS.stream().flatMap(group -> group.items().stream())).toList();

  @Test
  void everyPageOfTheFormerMenuIsStillThere() {
    assertThat(ALL).extracting(Item::href).contains("/", "/me", "/teams", "/support", "/hierarchy", "/value-chain",
        "/bureaucracy", "/customers", "/listening", "/centricity", "/pulse", "/model", "/api/docs")
        .doesNotHaveDuplicates();
  }

  @Test
  void aPageMarksTheEntryWithTheLongestPathHoldingIt() {
    assertThat(Navigation.activeKey("/")).isEqualTo("nav.home");
    assertThat(Navigation.activeKey("/me")).isEqualTo("nav.place");
    assertThat(Navigation.activeKey("/people/p-0001")).isEqualTo("nav.place");
    assertThat(Navigation.activeKey("/me/customers")).isEqualTo("nav.myCustomers");
    assertThat(Navigation.activeKey("/customers/mine")).isEqualTo("nav.customers");
    assertThat(Navigation.activeKey("/teams/sales")).isEqualTo("nav.teams");
    assertThat(Navigation.activeKey("/listening/campaigns/3")).isEqualTo("nav.listening");
    assertThat(Navigation.activeKey("/teams/sales/voice")).isEqualTo("nav.listening");
    assertThat(Navigation.activeKey("/teams/sales/centricity")).isEqualTo("nav.centricity");
    assertThat(Navigation.activeKey("/teams/voice")).isEqualTo("nav.teams");
    assertThat(Navigation.activeKey("/teams//voice")).isEqualTo("nav.teams");
    assertThat(Navigation.activeKey("/teamsx")).isNull();
    assertThat(Navigation.activeKey("/login")).isNull();
  }

  @Test
  void aGroupIsMarkedWhenItHoldsThePageShown() {
    assertThat(Navigation.GROUPS).filteredOn(group -> group.holds(Navigation.activeKey("/pulse")))
        .extracting(Navigation.Group::id).containsExactly("antiValueChain");
  }

  @Test
  void membersSeeNoModelAndTheSignedOutOnlyHomeAndTheApi() {
    assertThat(ALL).filteredOn(item -> item.shownTo(true, false, false)).extracting(Item::key)
        .doesNotContain("nav.model", "nav.users");
    assertThat(ALL).filteredOn(item -> item.shownTo(false, false, false)).extracting(Item::key)
        .containsExactly("nav.home", "nav.api");
    assertThat(Navigation.GROUPS).filteredOn(group -> group.shownTo(false, false, false))
        .extracting(Navigation.Group::id).containsExactly("data");
  }

  @Test
  void onlyAdminsSeeTheUsers() {
    assertThat(ALL).filteredOn(item -> item.shownTo(true, true, false)).extracting(Item::key)
        .contains("nav.model").doesNotContain("nav.users");
    assertThat(ALL).filteredOn(item -> item.shownTo(true, true, true)).extracting(Item::key).contains("nav.users");
    assertThat(Navigation.activeKey("/users/bob")).isEqualTo("nav.users");
  }

  @Test
  void everyEntryAndGroupIsNamedInEnglishAndFrench() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      ResourceBundle pages = ResourceBundle.getBundle("i18n/pages", locale);
      ResourceBundle common = ResourceBundle.getBundle("messages", locale);
      Stream.concat(ALL.stream().map(Item::key), Navigation.GROUPS.stream().map(g -> "nav.group." + g.id()))
          .forEach(key -> assertThat(pages.containsKey(key) || common.containsKey(key)).as(key + " " + locale)
              .isTrue());
    }
  }
}
