package org.maillon.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Settings;
import org.maillon.model.Team;

/**
 * Generates an organisation of any size with the shape of a real one, so that Maillon can be
 * benchmarked and demonstrated at the scale of the largest employers without their data: spans
 * spread around 8 (3 to 14, a few of 1 or 2), uneven depth, about 20% of people in support teams,
 * about ten people per team, about three links per team with cycles, a few teams that reach no
 * final customer, partners, 2 to 12 final customers, and expectations and commitments on links,
 * some uncovered and some unasked (see {@link HierarchyPlan} and {@link ValueChainPlan}).
 *
 * <p>The result always passes validation, and the same size and seed always give an equal
 * organisation ({@link SplittableRandom} is specified, so across JVMs too). Time and memory are
 * linear in the number of people: {@code maillon generate} writes two million people in under a minute.
 */
public final class SyntheticOrganization {

  /** Customers whose needs the generated organisation knows how to name: at most 12. */
  static final int MAX_FINAL_CUSTOMERS = Vocabulary.SEGMENTS.size();
  /** One partner per this many teams, and at least one. */
  static final int TEAMS_PER_PARTNER = 200;

  private SyntheticOrganization() {}

  /**
   * @param people the headcount, 0 or more
   * @param seed the same seed gives the same organisation
   */
  public static Organization generate(int people, long seed) {
    if (people < 0) {
      throw new IllegalArgumentException("people must be 0 or more, was " + people);
    }
    SplittableRandom random = new SplittableRandom(seed);
    HierarchyPlan plan = HierarchyPlan.of(people, random.split());
    List<FinalCustomer> customers = customers(random);
    List<Partner> partners = partners(plan.teamCount());
    String[] nodeIds = nodeIds(plan, customers);
    List<Link> links = ValueChainPlan.links(plan, nodeIds,
        partners.stream().map(Partner::id).toList(), random.split());
    return new Organization("Synthetic organisation of " + people + " people (seed " + seed + ")",
        Settings.DEFAULTS, customers, partners, teams(plan, nodeIds), people(plan, nodeIds, random.split()), links);
  }

  private static List<FinalCustomer> customers(SplittableRandom random) {
    int count = 2 + random.nextInt(MAX_FINAL_CUSTOMERS - 1);
    List<FinalCustomer> customers = new ArrayList<>(count);
    for (String segment : Vocabulary.SEGMENTS.subList(0, count)) {
      customers.add(new FinalCustomer(segment, Vocabulary.label(segment)));
    }
    return customers;
  }

  private static List<Partner> partners(int teamCount) {
    List<Partner> partners = new ArrayList<>();
    for (int k = 0; k <= teamCount / TEAMS_PER_PARTNER; k++) {
      partners.add(new Partner("partner-" + (k + 1), Vocabulary.PARTNERS.get(k % Vocabulary.PARTNERS.size()) + " " + (k + 1)));
    }
    return partners;
  }

  /** Team ids ({@code sales-12}: function and number), then final-customer ids. */
  private static String[] nodeIds(HierarchyPlan plan, List<FinalCustomer> customers) {
    String[] ids = new String[plan.teamCount() + customers.size()];
    for (int t = 0; t < plan.teamCount(); t++) {
      ids[t] = Vocabulary.function(plan.function(t)).code() + "-" + (t + 1);
    }
    for (int c = 0; c < customers.size(); c++) {
      ids[plan.teamCount() + c] = customers.get(c).id();
    }
    return ids;
  }

  private static List<Team> teams(HierarchyPlan plan, String[] nodeIds) {
    List<Team> teams = new ArrayList<>(plan.teamCount());
    for (int t = 0; t < plan.teamCount(); t++) {
      Vocabulary.Function function = Vocabulary.function(plan.function(t));
      String name = Vocabulary.label(function.code()) + " " + (t + 1);
      teams.add(new Team(nodeIds[t], name, function.kind(), function.code(), personId(plan.lead(t))));
    }
    return teams;
  }

  private static List<Person> people(HierarchyPlan plan, String[] nodeIds, SplittableRandom random) {
    List<Person> people = new ArrayList<>(plan.manager.length);
    for (int p = 0; p < plan.manager.length; p++) {
      int team = plan.team[p];
      Vocabulary.Function function = Vocabulary.function(plan.function(team));
      String title = plan.manages[p] ? "Head of " + function.code() : function.role();
      String manager = plan.manager[p] == HierarchyPlan.NONE ? null : personId(plan.manager[p]);
      people.add(new Person(personId(p), Vocabulary.personName(random), title, nodeIds[team], manager));
    }
    return people;
  }

  private static String personId(int p) {
    return "p" + (p + 1);
  }
}
