package org.maillon.server.diagnosis.web;

import java.util.List;
import java.util.stream.Stream;

/**
 * The frame's menu. Fourteen links in a row did not fit a laptop's width and told a newcomer
 * nothing of how they relate, so beside Home and My place they go in four groups, after the
 * source text: the value chain (who serves whom: actions 2 and 3), the customers (knowing and
 * listening to them: actions 4 and 5), the anti-value chain (the index and the diagnosis of its
 * links), and the data behind it all (the model, the users for admins, and the API). docs/pages.md says why each page is
 * where it is.
 */
public final class Navigation {

  /** Who sees an entry: anyone (even signed out), anyone signed in, managers and admins, or admins. */
  public enum Audience { ANYONE, SIGNED_IN, MANAGERS, ADMINS }

  /**
   * One link of the menu.
   *
   * @param key its message key, which also names it in {@link Navigation#activeKey(String)}
   * @param href where it leads, within the application
   * @param audience who sees it
   * @param paths the paths it stands for: each one and everything below it; a {@code *} segment stands for any one
   *     segment, so that a team's voice page belongs to the listening, not to the team cards
   */
  public record Item(String key, String href, Audience audience, List<String> paths) {

    /** Whether someone signed in or not, manager or not, admin or not, sees this entry. */
    public boolean shownTo(boolean signedIn, boolean manager, boolean admin) {
      return switch (audience) {
        case ANYONE -> true;
        case SIGNED_IN -> signedIn;
        case MANAGERS -> signedIn && manager;
        case ADMINS -> signedIn && admin;
      };
    }

    /** How long the longest of its paths that holds this path is; -1 when none does. */
    int match(String path) {
      return paths.stream().filter(p -> holds(p, path)).mapToInt(String::length).max().orElse(-1);
    }

    private static boolean holds(String pattern, String path) {
      String[] wanted = pattern.split("/", -1);
      String[] given = path.split("/", -1);
      if (given.length < wanted.length) {
        return false;
      }
      for (int i = 0; i < wanted.length; i++) {
        if (!wanted[i].equals("*") && !wanted[i].equals(given[i]) || wanted[i].equals("*") && given[i].isEmpty()) {
          return false;
        }
      }
      return true;
    }
  }

  /** A dropdown of the menu; its name is the message {@code nav.group.<id>}. */
  public record Group(String id, List<Item> items) {

    /** Whether it shows at all: some entry of it does. */
    public boolean shownTo(boolean signedIn, boolean manager, boolean admin) {
      return items.stream().anyMatch(item -> item.shownTo(signedIn, manager, admin));
    }

    /** Whether the current page is one of its entries, so that the group is marked as current. */
    public boolean holds(String activeKey) {
      return items.stream().anyMatch(item -> item.key().equals(activeKey));
    }
  }

  static final List<Item> TOP = List.of(
      item("nav.home", "/", Audience.ANYONE),
      new Item("nav.place", "/me", Audience.SIGNED_IN, List.of("/me", "/people")));

  static final List<Group> GROUPS = List.of(
      new Group("chain", List.of(
          item("nav.teams", "/teams", Audience.SIGNED_IN),
          item("nav.support", "/support", Audience.SIGNED_IN),
          item("nav.valueChainMap", "/value-chain", Audience.SIGNED_IN))),
      new Group("customers", List.of(
          item("nav.customers", "/customers", Audience.SIGNED_IN),
          item("nav.myCustomers", "/me/customers", Audience.SIGNED_IN),
          new Item("nav.listening", "/listening", Audience.SIGNED_IN, List.of("/listening", "/teams/*/voice")))),
      new Group("antiValueChain", List.of(
          new Item("nav.centricity", "/centricity", Audience.SIGNED_IN, List.of("/centricity", "/teams/*/centricity")),
          item("nav.hierarchy", "/hierarchy", Audience.SIGNED_IN),
          item("nav.bureaucracy", "/bureaucracy", Audience.SIGNED_IN),
          item("nav.pulse", "/pulse", Audience.SIGNED_IN))),
      new Group("data", List.of(
          item("nav.model", "/model", Audience.MANAGERS),
          item("nav.scenarios", "/scenarios", Audience.MANAGERS),
          item("nav.users", "/users", Audience.ADMINS),
          item("nav.provisioning", "/provisioning", Audience.ADMINS),
          item("nav.api", "/api/docs", Audience.ANYONE))));

  private Navigation() {}

  /** The entry a path belongs to, the one with the longest path holding it; null for none. */
  static String activeKey(String path) {
    Item best = null;
    int longest = -1;
    for (Item item : Stream.concat(TOP.stream(), GROUPS.stream().flatMap(g -> g.items().stream())).toList()) {
      int match = item.match(path);
      if (match > longest) {
        best = item;
        longest = match;
      }
    }
    return best == null ? null : best.key();
  }

  private static Item item(String key, String href, Audience audience) {
    return new Item(key, href, audience, List.of(href));
  }
}
