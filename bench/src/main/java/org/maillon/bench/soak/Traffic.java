package org.maillon.bench.soak;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * One action of the mixed traffic, drawn by weight: pages as each role sees them, API reads,
 * survey answers, and the writes of everyday use (card entries, conversations, users created and
 * deleted). Model imports run apart, on their own clock ({@link Soak}).
 */
final class Traffic {

  private static final List<String> MEMBER_PAGES = List.of("/", "/me", "/teams", "/teams/{team}",
      "/teams/{team}/voice", "/teams/{team}/centricity", "/hierarchy", "/support", "/value-chain", "/bureaucracy",
      "/centricity", "/pulse", "/customers", "/customers/{customer}", "/me/customers", "/listening",
      "/listening/campaigns", "/listening/campaigns/{campaign}", "/listening/conversations", "/account");
  private static final List<String> MANAGER_PAGES = concat(MEMBER_PAGES, List.of("/people", "/people/{person}",
      "/model", "/listening/campaigns?team={team}"));
  private static final List<String> ADMIN_PAGES = concat(MANAGER_PAGES, List.of("/users", "/users/member"));
  /** Reads a member may make (the summary of the diagnosis only). */
  private static final List<String> MEMBER_READS = List.of("/api/diagnosis?summary=true", "/api/teams/{team}",
      "/api/teams/{team}/voice", "/api/teams/{team}/voice.csv", "/api/teams/{team}/listening",
      "/api/teams/{team}/pulse", "/api/teams/{team}/centricity", "/api/listening/overdue", "/api/customers",
      "/api/customers/{customer}/card", "/api/knowledge/coverage", "/api/campaigns", "/api/campaigns/{campaign}",
      "/api/pulse", "/api/bureaucracy", "/api/centricity", "/api/centricity/history", "/api/me");
  private static final List<String> MANAGER_READS = concat(MEMBER_READS, List.of("/api/diagnosis",
      "/api/people/{person}", "/api/people/{person}/customers", "/api/conversations", "/api/model/versions",
      "/api/model"));
  private static final String[] FACETS = {"opinions", "projects", "stakes", "needs"};
  private static final String[] SOURCES = {"survey", "conversation", "visit", "document"};

  /** What a worker does next, and how often, in parts of 100. */
  enum Action {
    MEMBER_PAGE(28), MANAGER_PAGE(15), ADMIN_PAGE(5), VISIT(2), API_READ(22), ANSWER(22), WRITE(6);

    final int weight;

    Action(int weight) {
      this.weight = weight;
    }

    static Action draw(RandomGenerator random) {
      int ticket = random.nextInt(100);
      for (Action action : values()) {
        ticket -= action.weight;
        if (ticket < 0) {
          return action;
        }
      }
      return MEMBER_PAGE;
    }
  }

  private final User member;
  private final User manager;
  private final User admin;
  private final Plan plan;
  private final Invitations invitations;
  private final Respondent respondent;

  Traffic(User member, User manager, User admin, Plan plan, Invitations invitations, Respondent respondent) {
    this.member = member;
    this.manager = manager;
    this.admin = admin;
    this.plan = plan;
    this.invitations = invitations;
    this.respondent = respondent;
  }

  void act(RandomGenerator random) {
    switch (Action.draw(random)) {
      case MEMBER_PAGE -> page(member, "page member", MEMBER_PAGES, random);
      case MANAGER_PAGE -> page(manager, "page manager", MANAGER_PAGES, random);
      case ADMIN_PAGE -> page(admin, "page admin", ADMIN_PAGES, random);
      case VISIT -> visit(random);
      case API_READ -> read(random);
      case ANSWER -> respondent.answer(random);
      case WRITE -> write(random);
    }
  }

  private Server.Reply page(User user, String kind, List<String> pages, RandomGenerator random) {
    String template = Plan.pick(pages, random);
    return user.page(kind, template, plan.fill(template, Map.of("campaign", invitations.campaigns()), random));
  }

  /**
   * Someone who opens a browser, signs in, looks at a few pages and leaves, signing out one time in
   * two: sessions are created and abandoned all along the run, as in real use.
   */
  private void visit(RandomGenerator random) {
    boolean asMember = random.nextBoolean();
    User visitor = (asMember ? member : manager).newBrowser();
    visitor.signIn();
    Server.Reply last = null;
    for (int i = 0; i < 3; i++) {
      last = page(visitor, asMember ? "page member" : "page manager", asMember ? MEMBER_PAGES : MANAGER_PAGES, random);
    }
    if (random.nextBoolean() && last.status() == 200) {
      visitor.signOut(last);
    }
  }

  private void read(RandomGenerator random) {
    boolean asMember = random.nextBoolean();
    String template = Plan.pick(asMember ? MEMBER_READS : MANAGER_READS, random);
    (asMember ? member : manager).get("api read", template,
        plan.fill(template, Map.of("campaign", invitations.campaigns()), random), 200);
  }

  private void write(RandomGenerator random) {
    switch (random.nextInt(3)) {
      case 0 -> {
        String customer = Plan.pick(plan.customers(), random);
        manager.postJson("write", "POST /api/customers/{id}/card/entries",
            "/api/customers/" + User.encode(customer) + "/card/entries",
            "{\"facet\":\"" + FACETS[random.nextInt(4)] + "\",\"text\":\"Soak: noted on " + LocalDate.now()
                + ".\",\"source\":\"" + SOURCES[random.nextInt(4)] + "\",\"date\":\"\"}", 201);
      }
      case 1 -> {
        String team = plan.listeningTeam(random);
        String customer = Plan.pick(plan.customersOf().get(team), random);
        manager.postJson("write", "POST /api/conversations", "/api/conversations", "{\"team\":\"" + team
            + "\",\"customer\":\"" + customer + "\",\"participants\":\"Soak\",\"notes\":\"Routine call.\"}", 201);
      }
      default -> {
        String name = "soak-" + Long.toHexString(random.nextLong());
        admin.postJson("write", "POST /api/users", "/api/users", "{\"username\":\"" + name
            + "\",\"password\":\"soak-password-" + name + "\",\"role\":\"member\"}", 201);
        admin.delete("write", "DELETE /api/users/{username}", "/api/users/" + name, 204);
      }
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
