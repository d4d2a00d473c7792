package org.maillon.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Relations that must hold inside any one diagnosis document, whoever computed it: shortest-path
 * hops, depths along reporting lines, sorted id lists, span arithmetic. They need no second
 * implementation, so they also check the reference itself.
 */
final class DiagnosisInvariants {

  private DiagnosisInvariants() {}

  static void checkAll(JsonNode document) {
    hopsAreOneMoreThanTheClosestCustomer(document);
    hopsDistributionAddsUpToHeadcount(document);
    depthIsOneMoreThanTheManagers(document);
    chainGoesOneHopCloserAtEachStep(document);
    listsOfIdsAreSorted(document);
    managersAreThePeopleWithDirectReports(document);
  }

  /** Hops of every node that may be a customer: the team's value, 0 for a final customer. */
  private static Map<String, Integer> hopsByNode(JsonNode document) {
    Map<String, Integer> hops = new HashMap<>();
    for (JsonNode team : document.get("teams")) {
      JsonNode value = team.get("hopsToCustomer");
      hops.put(team.get("id").stringValue(), value.isNull() ? null : value.intValue());
    }
    return hops;
  }

  private static Integer hopsOf(Map<String, Integer> hopsByTeam, String node) {
    return hopsByTeam.containsKey(node) ? hopsByTeam.get(node) : Integer.valueOf(0);
  }

  static void hopsAreOneMoreThanTheClosestCustomer(JsonNode document) {
    Map<String, Integer> hops = hopsByNode(document);
    for (JsonNode team : document.get("teams")) {
      Integer closest = null;
      for (JsonNode customer : team.get("customers")) {
        Integer h = hopsOf(hops, customer.stringValue());
        if (h != null && (closest == null || h < closest)) {
          closest = h;
        }
      }
      Integer expected = closest == null ? null : closest + 1;
      assertThat(hops.get(team.get("id").stringValue())).as("hops of team %s", team.get("id")).isEqualTo(expected);
    }
  }

  static void hopsDistributionAddsUpToHeadcount(JsonNode document) {
    JsonNode distribution = document.at("/valueChain/hopsDistribution");
    int total = 0;
    List<String> keys = new ArrayList<>(distribution.propertyNames());
    for (String key : keys) {
      assertThat(distribution.get(key).intValue()).as("count of %s", key).isPositive();
      total += distribution.get(key).intValue();
    }
    assertThat(total).isEqualTo(document.get("headcount").intValue());
    List<String> numeric = keys.stream().filter(k -> !k.equals("unreachable")).toList();
    assertThat(numeric).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    if (keys.contains("unreachable")) {
      assertThat(keys.get(keys.size() - 1)).isEqualTo("unreachable");
    }
  }

  static void depthIsOneMoreThanTheManagers(JsonNode document) {
    Map<String, JsonNode> people = new HashMap<>();
    document.get("people").forEach(p -> people.put(p.get("id").stringValue(), p));
    int maxDepth = -1;
    for (JsonNode person : document.get("people")) {
      JsonNode manager = person.get("manager");
      int expected = manager.isNull() ? 0 : people.get(manager.stringValue()).get("depth").intValue() + 1;
      assertThat(person.get("depth").intValue()).as("depth of %s", person.get("id")).isEqualTo(expected);
      maxDepth = Math.max(maxDepth, expected);
    }
    assertThat(document.at("/hierarchy/layers").intValue()).isEqualTo(maxDepth + 1);
  }

  static void chainGoesOneHopCloserAtEachStep(JsonNode document) {
    Map<String, Integer> hops = hopsByNode(document);
    Map<String, List<List<String>>> customers = new HashMap<>();
    document.get("teams").forEach(t -> customers.put(t.get("id").stringValue(), ids(t.get("customers"))));
    for (JsonNode person : document.get("people")) {
      JsonNode team = person.get("team");
      Integer expected = team.isNull() ? null : hops.get(team.stringValue());
      JsonNode personHops = person.get("hopsToCustomer");
      assertThat(personHops.isNull() ? null : personHops.intValue()).as("hops of %s", person.get("id")).isEqualTo(expected);
      JsonNode chain = person.get("chain");
      assertThat(chain.size()).as("chain of %s", person.get("id")).isEqualTo(expected == null ? 0 : expected + 1);
      for (int i = 0; i + 1 < chain.size(); i++) {
        String here = chain.get(i).stringValue();
        String next = chain.get(i + 1).stringValue();
        assertThat(customers.get(here)).as("step %s->%s", here, next).contains(List.of(next));
        assertThat(hopsOf(hops, next)).as("hops of step %s", next).isEqualTo(hopsOf(hops, here) - 1);
      }
      if (expected != null) {
        assertThat(chain.get(0).stringValue()).isEqualTo(team.stringValue());
      }
    }
  }

  static void listsOfIdsAreSorted(JsonNode document) {
    for (String list : List.of("narrowSpanManagers", "passThroughManagers", "tops")) {
      assertStrictlySorted(ids(document.get("hierarchy").get(list)), "hierarchy." + list);
    }
    for (String list : List.of("disconnectedTeams", "teamsWithoutCustomer", "supportTeamsNotReachingFrontLine",
        "frontLineWithoutFinalCustomer")) {
      assertStrictlySorted(ids(document.get("valueChain").get(list)), "valueChain." + list);
    }
    assertStrictlySorted(pairs(document.at("/valueChain/inversions"), "from", "to"), "inversions");
    assertStrictlySorted(pairs(document.get("teams"), "id", null), "teams");
    assertStrictlySorted(pairs(document.get("people"), "id", null), "people");
    for (JsonNode team : document.get("teams")) {
      for (String list : List.of("members", "suppliers", "customers", "customersOfCustomers", "finalCustomers")) {
        assertStrictlySorted(ids(team.get(list)), team.get("id") + "." + list);
      }
      assertStrictlySorted(pairs(team.get("uncoveredExpectations"), "link", "expectation"), "uncovered");
      assertThat(pairs(team.get("unaskedCommitments"), "link", "text")).isSortedAccordingTo(DiagnosisInvariants::compareLists);
    }
    for (JsonNode person : document.get("people")) {
      assertStrictlySorted(ids(person.get("directReports")), person.get("id") + ".directReports");
    }
  }

  static void managersAreThePeopleWithDirectReports(JsonNode document) {
    int managers = 0;
    int reports = 0;
    for (JsonNode person : document.get("people")) {
      managers += person.get("directReports").isEmpty() ? 0 : 1;
      reports += person.get("directReports").size();
    }
    JsonNode hierarchy = document.get("hierarchy");
    assertThat(hierarchy.get("managers").intValue()).isEqualTo(managers);
    int headcount = document.get("headcount").intValue();
    int tops = hierarchy.get("tops").size();
    assertThat(reports).isEqualTo(headcount - tops);
    double mean = hierarchy.at("/span/mean").doubleValue();
    assertThat(mean * managers).isCloseTo(headcount - tops, within(1e-6));
  }

  private static List<List<String>> ids(JsonNode array) {
    List<List<String>> ids = new ArrayList<>();
    array.forEach(id -> ids.add(List.of(id.stringValue())));
    return ids;
  }

  private static List<List<String>> pairs(JsonNode array, String first, String second) {
    List<List<String>> pairs = new ArrayList<>();
    for (JsonNode node : array) {
      String a = node.get(first).stringValue();
      pairs.add(second == null ? List.of(a) : List.of(a, node.get(second).stringValue()));
    }
    return pairs;
  }

  private static void assertStrictlySorted(List<List<String>> values, String what) {
    for (int i = 0; i + 1 < values.size(); i++) {
      assertThat(compareLists(values.get(i), values.get(i + 1))).as("%s sorted: %s", what, values).isNegative();
    }
  }

  private static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
