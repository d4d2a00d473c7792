package org.maillon.bench.soak;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single-use invitations waiting for their respondent. When none is left, the manager creates a
 * campaign of a team among all its customers (or, one time in four, a pulse of a staffed team)
 * through the API, and invitation links for each of its groups, as a manager would before sending
 * them. Used tokens are kept a while to be answered again (409 expected).
 */
final class Invitations {

  /** A token to answer and the types of its campaign's questions, in order. */
  record Invitation(String token, List<String> questions) {}

  static final int PER_GROUP = 20;
  private static final int USED_KEPT = 200;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final User manager;
  private final Plan plan;
  private final Queue<Invitation> open = new ConcurrentLinkedQueue<>();
  private final Queue<String> used = new ConcurrentLinkedQueue<>();
  private final List<String> campaigns = new CopyOnWriteArrayList<>();

  Invitations(User manager, Plan plan) {
    this.manager = manager;
    this.plan = plan;
  }

  /** The campaigns known to the run (the demo's and those created since), for pages and reads. */
  List<String> campaigns() {
    return campaigns;
  }

  void knowCampaigns(JsonNode list) {
    list.forEach(campaign -> campaigns.add(campaign.get("id").asString()));
  }

  /** An invitation not answered yet; creates a campaign when none is left (null if that failed). */
  Invitation next(RandomGenerator random) {
    Invitation next = open.poll();
    while (next == null) {
      synchronized (this) {
        if (open.isEmpty() && !create(random)) {
          return null;
        }
      }
      next = open.poll();
    }
    return next;
  }

  void answered(String token) {
    used.add(token);
    while (used.size() > USED_KEPT) {
      used.poll();
    }
  }

  /** A token answered before, or null. */
  String usedOne() {
    return used.peek();
  }

  private boolean create(RandomGenerator random) {
    boolean pulse = random.nextInt(4) == 0 && !plan.staffedTeams().isEmpty();
    String team = pulse ? Plan.pick(plan.staffedTeams(), random) : plan.listeningTeam(random);
    List<String> groups = pulse ? List.of(team) : plan.customersOf().get(team);
    Server.Reply created = pulse
        ? manager.postJson("campaign", "POST /api/pulses", "/api/pulses", "{\"team\":\"" + team + "\"}", 201)
        : manager.postJson("campaign", "POST /api/campaigns", "/api/campaigns",
            "{\"team\":\"" + team + "\",\"customers\":" + JSON.writeValueAsString(groups) + "}", 201);
    if (created.status() != 201) {
      return false;
    }
    JsonNode campaign = JSON.readTree(created.body());
    String id = campaign.get("id").asString();
    List<String> questions = new ArrayList<>();
    campaign.get("questions").forEach(question -> questions.add(question.get("type").asString()));
    for (String group : groups) {
      Server.Reply links = manager.postJson("campaign", "POST /api/campaigns/{id}/invitations",
          "/api/campaigns/" + id + "/invitations", "{\"customer\":\"" + group + "\",\"count\":" + PER_GROUP + "}",
          201);
      if (links.status() == 201) {
        JSON.readTree(links.body()).get("invitations")
            .forEach(link -> open.add(new Invitation(link.get("token").asString(), questions)));
      }
    }
    campaigns.add(id);
    return !open.isEmpty();
  }
}
