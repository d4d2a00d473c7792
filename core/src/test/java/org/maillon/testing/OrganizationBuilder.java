package org.maillon.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Settings;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;

/** Builds small organisations for hand-computed tests, names defaulting to upper-cased ids. */
public final class OrganizationBuilder {

  private final String name;
  private Settings settings = Settings.DEFAULTS;
  private final List<FinalCustomer> customers = new ArrayList<>();
  private final List<Partner> partners = new ArrayList<>();
  private final List<Team> teams = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();

  private OrganizationBuilder(String name) {
    this.name = name;
  }

  public static OrganizationBuilder named(String name) {
    return new OrganizationBuilder(name);
  }

  public OrganizationBuilder targetSpan(int span) {
    settings = new Settings(span);
    return this;
  }

  public OrganizationBuilder customers(String... ids) {
    Arrays.stream(ids).forEach(id -> customers.add(new FinalCustomer(id, id.toUpperCase())));
    return this;
  }

  public OrganizationBuilder partners(String... ids) {
    Arrays.stream(ids).forEach(id -> partners.add(new Partner(id, id.toUpperCase())));
    return this;
  }

  public OrganizationBuilder team(String id, TeamKind kind) {
    teams.add(new Team(id, id.toUpperCase(), kind, null, null));
    return this;
  }

  /** A person; {@code team} and {@code manager} may be null. */
  public OrganizationBuilder person(String id, String team, String manager) {
    people.add(new Person(id, id.toUpperCase(), null, team, manager));
    return this;
  }

  public OrganizationBuilder link(String from, String to) {
    links.add(new Link(from, to, null, List.of(), List.of()));
    return this;
  }

  /**
   * A link with expectations given as "id" and commitments as "text" or "text->id,id".
   */
  public OrganizationBuilder link(String from, String to, List<String> expectations, List<String> commitments) {
    List<Expectation> expected = expectations.stream().map(id -> new Expectation(id, "expect " + id)).toList();
    List<Commitment> committed = commitments.stream().map(OrganizationBuilder::commitment).toList();
    links.add(new Link(from, to, null, expected, committed));
    return this;
  }

  private static Commitment commitment(String spec) {
    int arrow = spec.indexOf("->");
    if (arrow < 0) {
      return new Commitment(spec, List.of());
    }
    return new Commitment(spec.substring(0, arrow), List.of(spec.substring(arrow + 2).split(",")));
  }

  public Organization build() {
    return new Organization(name, settings, customers, partners, teams, people, links);
  }
}
