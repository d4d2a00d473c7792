package org.maillon.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maillon.model.Commitment;
import org.maillon.model.Confirmation;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Settings;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;

/**
 * A terse way to write a small organisation by hand in an example, one line per element, so that
 * the expected figures can be read off the example itself. It does not validate: examples are
 * written valid.
 */
public final class HandWrittenOrganization {

  private String name;
  private Settings settings = Settings.DEFAULTS;
  private final List<FinalCustomer> customers = new ArrayList<>();
  private final List<Partner> partners = new ArrayList<>();
  private final List<Team> teams = new ArrayList<>();
  private final List<Person> people = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Procedure> procedures = new ArrayList<>();

  public static HandWrittenOrganization organization(String name) {
    HandWrittenOrganization builder = new HandWrittenOrganization();
    builder.name = name;
    return builder;
  }

  public HandWrittenOrganization targetSpan(int targetSpan) {
    settings = new Settings(targetSpan);
    return this;
  }

  public HandWrittenOrganization customer(String id) {
    customers.add(new FinalCustomer(id, "Customer " + id));
    return this;
  }

  public HandWrittenOrganization partner(String id) {
    partners.add(new Partner(id, "Partner " + id));
    return this;
  }

  public HandWrittenOrganization team(String id, TeamKind kind) {
    teams.add(new Team(id, "Team " + id, kind, null, null));
    return this;
  }

  /** A person in {@code team} (or none) reporting to {@code manager} (or nobody). */
  public HandWrittenOrganization person(String id, String team, String manager) {
    people.add(new Person(id, "Person " + id, null, team, manager));
    return this;
  }

  /** {@code count} people "prefix0".."prefix(count-1)", all in {@code team}, reporting to {@code manager}. */
  public HandWrittenOrganization people(String prefix, int count, String team, String manager) {
    for (int i = 0; i < count; i++) {
      person(prefix + i, team, manager);
    }
    return this;
  }

  public HandWrittenOrganization link(String from, String to) {
    links.add(new Link(from, to, null, null, null));
    return this;
  }

  /** A link with expectations (ids) and commitments, each written "text" or "text->id,id". */
  public HandWrittenOrganization link(String from, String to, List<String> expectations, List<String> commitments) {
    List<Expectation> asked = expectations.stream().map(id -> new Expectation(id, "Expect " + id)).toList();
    List<Commitment> promised = new ArrayList<>();
    for (String commitment : commitments) {
      String[] parts = commitment.split("->", 2);
      List<String> answers = parts.length == 1 ? List.of() : Arrays.asList(parts[1].split(","));
      promised.add(new Commitment(parts[0], answers));
    }
    links.add(new Link(from, to, null, asked, promised));
    return this;
  }

  /** The link from {@code from} to {@code to}, already added, confirmed by {@code by} on {@code on}. */
  public HandWrittenOrganization confirmed(String from, String to, LocalDate on, String by) {
    links.replaceAll(link -> link.from().equals(from) && link.to().equals(to)
        ? link.confirmedBy(new Confirmation(on, by)) : link);
    return this;
  }

  /** A procedure named "Procedure id" of {@code team}, signed by {@code approvals} in order, serving {@code serves}. */
  public HandWrittenOrganization procedure(String id, String team, int steps, List<String> approvals,
      List<String> serves) {
    procedures.add(new Procedure(id, team, "Procedure " + id, steps, approvals, serves));
    return this;
  }

  /** A procedure as {@link #procedure} does, stating {@code leadTimeDays} and {@code workHours} (either may be null). */
  public HandWrittenOrganization timedProcedure(String id, String team, List<String> serves, Double leadTimeDays,
      Double workHours) {
    procedures.add(new Procedure(id, team, "Procedure " + id, 1, List.of(), serves, leadTimeDays, workHours));
    return this;
  }

  public Organization build() {
    return new Organization(name, settings, customers, partners, teams, people, links, procedures);
  }
}
