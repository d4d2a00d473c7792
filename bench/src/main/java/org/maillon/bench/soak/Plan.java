package org.maillon.bench.soak;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.modelfile.ModelFiles;

/**
 * What the traffic names, read from the model the server runs: its teams, people and customers,
 * and which customers each team serves (what a campaign of that team may listen to).
 */
record Plan(List<String> teams, List<String> staffedTeams, List<String> people, List<String> customers,
    Map<String, List<String>> customersOf) {

  static Plan of(Path model) {
    Organization organization = ModelFiles.read(model, Locale.ENGLISH).organization();
    Set<String> teams = new LinkedHashSet<>();
    organization.teams().stream().map(Team::id).forEach(teams::add);
    Set<String> finals = new LinkedHashSet<>();
    organization.customers().stream().map(FinalCustomer::id).forEach(finals::add);
    Map<String, List<String>> customersOf = new LinkedHashMap<>();
    Set<String> customers = new LinkedHashSet<>();
    for (Link link : organization.links()) {
      if (teams.contains(link.from()) && (teams.contains(link.to()) || finals.contains(link.to()))) {
        List<String> served = customersOf.computeIfAbsent(link.from(), k -> new ArrayList<>());
        if (!served.contains(link.to())) {
          served.add(link.to());
        }
        customers.add(link.to());
      }
    }
    Set<String> staffed = new LinkedHashSet<>();
    organization.people().stream().map(Person::team).filter(teams::contains).forEach(staffed::add);
    return new Plan(List.copyOf(teams), List.copyOf(staffed),
        organization.people().stream().map(Person::id).toList(), List.copyOf(customers), customersOf);
  }

  /** A team that serves at least one customer, so that it can run a campaign. */
  String listeningTeam(RandomGenerator random) {
    return pick(new ArrayList<>(customersOf.keySet()), random);
  }

  static <T> T pick(List<T> values, RandomGenerator random) {
    return values.get(random.nextInt(values.size()));
  }

  /** A path with each {@code {name}} replaced by one of those values: {@code {team}}, {@code {person}}… */
  String fill(String template, Map<String, List<String>> more, RandomGenerator random) {
    String path = template;
    path = replace(path, "{team}", teams, random);
    path = replace(path, "{person}", people, random);
    path = replace(path, "{customer}", customers, random);
    for (Map.Entry<String, List<String>> values : more.entrySet()) {
      path = replace(path, "{" + values.getKey() + "}", values.getValue(), random);
    }
    return path;
  }

  private static String replace(String path, String name, List<String> values, RandomGenerator random) {
    return path.contains(name) && !values.isEmpty() ? path.replace(name, User.encode(pick(values, random))) : path;
  }
}
