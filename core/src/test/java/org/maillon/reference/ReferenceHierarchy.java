package org.maillon.reference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hierarchy half of the reference diagnosis: docs/design.md's "Hierarchy" definitions read one by
 * one over a sorted map of people and a map of direct reports, with a breadth-first walk from the
 * tops for depths. Slow and plain on purpose; it only has to be obviously right.
 */
final class ReferenceHierarchy {

  private final Organization organization;
  private final TreeMap<String, Person> people = new TreeMap<>();
  private final Map<String, TreeSet<String>> directReports = new HashMap<>();
  private final Map<String, Integer> depth = new HashMap<>();
  private final TreeSet<String> tops = new TreeSet<>();

  ReferenceHierarchy(Organization organization) {
    this.organization = organization;
    for (Person person : organization.people()) {
      people.put(person.id(), person);
      directReports.put(person.id(), new TreeSet<>());
    }
    for (Person person : organization.people()) {
      if (person.manager() == null) {
        tops.add(person.id());
      } else {
        directReports.get(person.manager()).add(person.id());
      }
    }
    measureDepths();
  }

  private void measureDepths() {
    Deque<String> queue = new ArrayDeque<>(tops);
    tops.forEach(top -> depth.put(top, 0));
    while (!queue.isEmpty()) {
      String manager = queue.removeFirst();
      for (String report : directReports.get(manager)) {
        depth.put(report, depth.get(manager) + 1);
        queue.addLast(report);
      }
    }
    if (depth.size() != people.size()) {
      throw new IllegalArgumentException("reporting lines form a cycle");
    }
  }

  /** People in id order. */
  SortedSet<String> personIds() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(people.keySet()));
  }

  Person person(String id) {
    return people.get(id);
  }

  int depth(String id) {
    return depth.get(id);
  }

  List<String> directReports(String id) {
    return List.copyOf(directReports.get(id));
  }

  List<String> tops() {
    return List.copyOf(tops);
  }

  /** People with at least one direct report, in id order. */
  List<String> managers() {
    List<String> managers = new ArrayList<>();
    for (String id : people.keySet()) {
      if (!directReports.get(id).isEmpty()) {
        managers.add(id);
      }
    }
    return managers;
  }

  List<String> narrowSpanManagers() {
    return managers().stream().filter(m -> directReports.get(m).size() <= 2).toList();
  }

  List<String> wideSpanManagers() {
    return managers().stream().filter(m -> directReports.get(m).size() > organization.settings().maxSpan()).toList();
  }

  List<String> passThroughManagers() {
    return managers().stream()
        .filter(m -> directReports.get(m).size() == 1)
        .filter(m -> !directReports.get(directReports.get(m).first()).isEmpty())
        .toList();
  }

  int maxDepth() {
    return depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
  }

  int levelsBetweenTopAndBase() {
    return Math.max(0, maxDepth() - 1);
  }

  int targetSpan() {
    return organization.settings().targetSpan();
  }

  /** With k the smallest integer ≥ 0 such that targetSpan^k ≥ headcount: max(0, k − 1). */
  int levelsNeeded() {
    long reach = 1;
    int k = 0;
    while (reach < people.size()) {
      reach *= targetSpan();
      k++;
    }
    return Math.max(0, k - 1);
  }

  int excessLevels() {
    return Math.max(0, levelsBetweenTopAndBase() - levelsNeeded());
  }

  /** The "hierarchy" object of the diagnosis JSON, fields in contract order. */
  ObjectNode toJson() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode node = json.objectNode();
    List<String> managers = managers();
    node.put("layers", maxDepth() + 1);
    node.put("levelsBetweenTopAndBase", levelsBetweenTopAndBase());
    node.put("managers", managers.size());
    node.put("managerRatio", people.isEmpty() ? 0.0 : (double) managers.size() / people.size());
    node.set("span", span(managers));
    node.set("narrowSpanManagers", ReferenceJson.strings(narrowSpanManagers()));
    node.set("passThroughManagers", ReferenceJson.strings(passThroughManagers()));
    node.set("wideSpanManagers", ReferenceJson.strings(wideSpanManagers()));
    long oneToOne = managers.stream().filter(m -> directReports.get(m).size() == 1).count();
    node.put("oneToOneShare", managers.isEmpty() ? 0.0 : (double) oneToOne / managers.size());
    node.set("spanByLayer", spanByLayer(managers));
    node.put("targetSpan", targetSpan());
    node.put("maxSpan", organization.settings().maxSpan());
    node.put("levelsNeeded", levelsNeeded());
    node.put("excessLevels", excessLevels());
    node.set("tops", ReferenceJson.strings(tops()));
    ObjectNode legion = node.putObject("legion");
    legion.put("headcount", 6000);
    legion.put("levelsBetweenTopAndBase", 3);
    legion.put("officers", 60);
    node.set("costs", costs(managers));
    return node;
  }

  /** The stated costs summed person by person in the model's order: by depth, then over the managers. */
  private JsonNode costs(List<String> managers) {
    double[] byLayer = new double[maxDepth() + 1];
    double management = 0;
    int stated = 0;
    for (Person person : organization.people()) {
      if (person.cost() != null) {
        stated++;
        byLayer[depth(person.id())] += person.cost();
        management += managers.contains(person.id()) ? person.cost() : 0;
      }
    }
    if (stated == 0) {
      return JsonNodeFactory.instance.nullNode();
    }
    double total = Arrays.stream(byLayer).sum();
    ObjectNode costs = JsonNodeFactory.instance.objectNode();
    costs.put("peopleWithCost", stated).put("total", total);
    ObjectNode layers = costs.putObject("byLayer");
    for (int d = 0; d < byLayer.length; d++) {
      layers.put(Integer.toString(d), byLayer[d]);
    }
    return costs.put("management", management).put("managementShare", total == 0 ? 0.0 : management / total);
  }

  /** One row per depth that has a manager, its spans sorted by hand, each counted in its range. */
  private ArrayNode spanByLayer(List<String> managers) {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    for (int d = 0; d < maxDepth(); d++) {
      int depth = d;
      List<Integer> spans = new ArrayList<>(managers.stream().filter(m -> depth(m) == depth)
          .map(m -> directReports.get(m).size()).toList());
      Collections.sort(spans);
      int n = spans.size();
      ObjectNode row = rows.addObject();
      row.put("depth", d).put("managers", n).put("min", spans.get(0))
          .put("median", n % 2 == 1 ? spans.get(n / 2) : (spans.get(n / 2 - 1) + spans.get(n / 2)) / 2.0)
          .put("max", spans.get(n - 1));
      ObjectNode ranges = row.putObject("ranges");
      String[] labels = {"1", "2", "3-5", "6-8", "9-12", "13+"};
      int[] from = {1, 2, 3, 6, 9, 13};
      int[] to = {1, 2, 5, 8, 12, Integer.MAX_VALUE};
      for (int r = 0; r < labels.length; r++) {
        int low = from[r];
        int high = to[r];
        ranges.put(labels[r], spans.stream().filter(s -> s >= low && s <= high).count());
      }
    }
    return rows;
  }

  private ObjectNode span(List<String> managers) {
    List<Integer> spans = new ArrayList<>();
    managers.forEach(m -> spans.add(directReports.get(m).size()));
    Collections.sort(spans);
    ObjectNode span = JsonNodeFactory.instance.objectNode();
    if (spans.isEmpty()) {
      span.put("min", 0).put("max", 0).put("mean", 0.0).put("median", 0.0);
      return span;
    }
    int n = spans.size();
    double sum = spans.stream().mapToInt(Integer::intValue).sum();
    double median = n % 2 == 1 ? spans.get(n / 2) : (spans.get(n / 2 - 1) + spans.get(n / 2)) / 2.0;
    span.put("min", spans.get(0)).put("max", spans.get(n - 1)).put("mean", sum / n).put("median", median);
    return span;
  }
}
