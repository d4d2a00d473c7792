package org.maillon.server.web;

import java.util.List;

/**
 * Every page of the application, as the walks visit it on the demo organisation
 * ({@code maillon.demo=true} with {@code examples/sme.yaml}): the pages the controllers serve
 * outside {@code /api}, each with who sees it and the address that shows it with the demo's data.
 * One list, so that the accessibility walk, the vocabulary walk and the screenshots of
 * {@code docs/pages.md} cover the same pages; a new page is added here.
 */
final class Tour {

  /** Who visits a page: nobody signed in, a member (their own place, the 403 page) or an admin. */
  enum Visitor { ANONYMOUS, MEMBER, ADMIN }

  /** A page: its name (of screenshots and reports), its address without language, and its visitor. */
  record Stop(String name, String path, Visitor visitor) {

    /** The address in one language: {@code ?lang=} added to the query. */
    String in(String language) {
      return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
    }
  }

  /**
   * What exists only once the demo is loaded: the member's person, another person (whose place an
   * admin opens), a campaign, a fresh unused invitation's token, a user other than the visitor, an
   * action and a scenario with a few operations.
   */
  record Demo(String memberPerson, String otherPerson, long campaign, String token, String user, long action,
      String scenario) {}

  /** The demo's most listened team and its customers: every part of a team's pages has data. */
  static final String TEAM = "ventes-magasins";
  static final String CUSTOMER = "particuliers";

  static final List<String> LANGUAGES = List.of("en", "fr");

  private Tour() {}

  /** The pages, grouped by visitor so that a browser signs in once per group. */
  static List<Stop> stops(Demo demo) {
    return List.of(
        new Stop("login", "/login", Visitor.ANONYMOUS),
        new Stop("survey", "/r/" + demo.token(), Visitor.ANONYMOUS),
        new Stop("my-place", "/me", Visitor.MEMBER),
        new Stop("my-customers", "/me/customers", Visitor.MEMBER),
        new Stop("forbidden", "/users", Visitor.MEMBER),
        new Stop("home", "/", Visitor.ADMIN),
        new Stop("findings", "/findings?link=obesity", Visitor.ADMIN),
        new Stop("people", "/people", Visitor.ADMIN),
        new Stop("place", "/people/" + demo.otherPerson(), Visitor.ADMIN),
        new Stop("hierarchy", "/hierarchy", Visitor.ADMIN),
        new Stop("value-chain", "/value-chain", Visitor.ADMIN),
        new Stop("support", "/support", Visitor.ADMIN),
        new Stop("bureaucracy", "/bureaucracy", Visitor.ADMIN),
        new Stop("pulse", "/pulse", Visitor.ADMIN),
        new Stop("centricity", "/centricity", Visitor.ADMIN),
        new Stop("teams", "/teams", Visitor.ADMIN),
        new Stop("team", "/teams/" + TEAM, Visitor.ADMIN),
        new Stop("team-card-edit", "/teams/" + TEAM + "/card/edit", Visitor.ADMIN),
        new Stop("team-voice", "/teams/" + TEAM + "/voice", Visitor.ADMIN),
        new Stop("team-centricity", "/teams/" + TEAM + "/centricity", Visitor.ADMIN),
        new Stop("customers", "/customers", Visitor.ADMIN),
        new Stop("customer", "/customers/" + CUSTOMER, Visitor.ADMIN),
        new Stop("listening", "/listening", Visitor.ADMIN),
        new Stop("campaigns", "/listening/campaigns", Visitor.ADMIN),
        new Stop("campaign", "/listening/campaigns/" + demo.campaign(), Visitor.ADMIN),
        new Stop("conversations", "/listening/conversations", Visitor.ADMIN),
        new Stop("actions", "/actions", Visitor.ADMIN),
        new Stop("action", "/actions/" + demo.action(), Visitor.ADMIN),
        new Stop("model", "/model", Visitor.ADMIN),
        new Stop("history", "/model/history", Visitor.ADMIN),
        new Stop("scenarios", "/scenarios", Visitor.ADMIN),
        new Stop("scenario", "/scenarios/" + demo.scenario(), Visitor.ADMIN),
        new Stop("users", "/users", Visitor.ADMIN),
        new Stop("user", "/users/" + demo.user(), Visitor.ADMIN),
        new Stop("outbox", "/mail/outbox", Visitor.ADMIN),
        new Stop("provisioning", "/provisioning", Visitor.ADMIN),
        new Stop("account", "/account", Visitor.ADMIN),
        new Stop("not-found", "/teams/no-such-team", Visitor.ADMIN));
  }
}
