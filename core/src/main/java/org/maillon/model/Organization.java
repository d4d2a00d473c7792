package org.maillon.model;

import java.util.List;

/**
 * An organisation "as code": who works where, who reports to whom and who serves whom, up to the
 * final customers who pay, and the procedures each team runs. It is what a model file holds once
 * read; it may still be invalid until the model validator has accepted it.
 */
public record Organization(
    String name,
    Settings settings,
    List<FinalCustomer> customers,
    List<Partner> partners,
    List<Team> teams,
    List<Person> people,
    List<Link> links,
    List<Procedure> procedures) {

  public Organization {
    settings = settings == null ? Settings.DEFAULTS : settings;
    customers = List.copyOf(customers == null ? List.of() : customers);
    partners = List.copyOf(partners == null ? List.of() : partners);
    teams = List.copyOf(teams == null ? List.of() : teams);
    people = List.copyOf(people == null ? List.of() : people);
    links = List.copyOf(links == null ? List.of() : links);
    procedures = List.copyOf(procedures == null ? List.of() : procedures);
  }

  /** An organisation that states no procedure, as models written before procedures existed. */
  public Organization(String name, Settings settings, List<FinalCustomer> customers, List<Partner> partners,
      List<Team> teams, List<Person> people, List<Link> links) {
    this(name, settings, customers, partners, teams, people, links, null);
  }

  /** The same organisation with other links. */
  public Organization withLinks(List<Link> newLinks) {
    return new Organization(name, settings, customers, partners, teams, people, newLinks, procedures);
  }

  /** The same organisation diagnosed against another target span. */
  public Organization withSettings(Settings newSettings) {
    return new Organization(name, newSettings, customers, partners, teams, people, links, procedures);
  }
}
