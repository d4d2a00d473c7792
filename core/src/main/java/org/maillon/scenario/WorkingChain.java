package org.maillon.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Settings;
import org.maillon.model.Team;

/**
 * The value chain of an organisation while a scenario changes it: teams by id, links by their two
 * ends, procedures. It keeps the model valid as the validator reads it — a procedure serves only a
 * customer its team still has a link to, approves only by people still there, a team is led only
 * by someone still there — and the model's order, new links last.
 */
final class WorkingChain {

  private final Set<String> customers = new HashSet<>();
  private final Set<String> partners = new HashSet<>();
  private final Map<String, Team> teams = new LinkedHashMap<>();
  private final List<Link> given;
  private Map<List<String>, Link> links;
  private List<Procedure> procedures;

  WorkingChain(Organization organization) {
    organization.customers().forEach(c -> customers.add(c.id()));
    organization.partners().forEach(p -> partners.add(p.id()));
    organization.teams().forEach(t -> teams.put(t.id(), t));
    given = organization.links();
    procedures = new ArrayList<>(organization.procedures());
  }

  /**
   * The links by their ends, indexed when an operation first reads or changes them: a scenario
   * that only moves people never pays for indexing a large chain.
   */
  private Map<List<String>, Link> links() {
    if (links == null) {
      links = new LinkedHashMap<>();
      given.forEach(l -> links.put(ends(l.from(), l.to()), l));
    }
    return links;
  }

  Team team(String id) {
    return id == null ? null : teams.get(id);
  }

  /** A team or a partner, which may supply a link. */
  boolean canSupply(String id) {
    return teams.containsKey(id) || partners.contains(id);
  }

  /** A team or a final customer, which may receive a link. */
  boolean canReceive(String id) {
    return teams.containsKey(id) || customers.contains(id);
  }

  Link link(String from, String to) {
    return links().get(ends(from, to));
  }

  void add(Link link) {
    links().put(ends(link.from(), link.to()), link);
  }

  /** Removes the link; the procedures that served it no longer do. */
  void remove(String from, String to) {
    links().remove(ends(from, to));
    keepServesOfLinks();
  }

  /** The link from→to now runs between the new ends, where it stood; its procedures' serves go. */
  void relink(String from, String to, String newFrom, String newTo) {
    Map<List<String>, Link> relinked = new LinkedHashMap<>();
    links().forEach((key, link) -> relinked.put(key.equals(ends(from, to)) ? ends(newFrom, newTo) : key,
        key.equals(ends(from, to)) ? new Link(newFrom, newTo, link.delivers(), link.expectations(),
            link.commitments(), link.changedOn(), link.confirmed()) : link));
    links = relinked;
    keepServesOfLinks();
  }

  void lead(String teamId, String lead) {
    Team t = teams.get(teamId);
    teams.put(teamId, new Team(t.id(), t.name(), t.kind(), t.function(), lead));
  }

  /**
   * Team {@code from} is merged into {@code into}: its links become {@code into}'s (links between
   * the two disappear, two links to the same end merge), its procedures too; {@code into} keeps its
   * lead, or takes {@code from}'s if it had none.
   */
  void merge(String into, String from) {
    Team absorbed = teams.remove(from);
    if (teams.get(into).lead() == null && absorbed.lead() != null) {
      lead(into, absorbed.lead());
    }
    Map<List<String>, Link> merged = new LinkedHashMap<>();
    for (Link link : links().values()) {
      String f = link.from().equals(from) ? into : link.from();
      String t = link.to().equals(from) ? into : link.to();
      if (!f.equals(t)) {
        merged.merge(ends(f, t), LinkMerge.moved(link, f, t), LinkMerge::merge);
      }
    }
    links = merged;
    procedures = procedures.stream().map(p -> changed(p, p.team().equals(from) ? into : p.team(), p.approvals(),
        renamed(p.serves(), from, into))).toList();
    keepServesOfLinks();
  }

  /** People who left lead no team and sign no procedure any more. */
  void withoutPeople(Predicate<String> absent) {
    teams.replaceAll((id, t) -> t.lead() != null && absent.test(t.lead())
        ? new Team(t.id(), t.name(), t.kind(), t.function(), null) : t);
    procedures = procedures.stream().map(p -> p.approvals().stream().noneMatch(absent) ? p
        : changed(p, p.team(), p.approvals().stream().filter(absent.negate()).toList(), p.serves())).toList();
  }

  /** The organisation {@code was} with these settings and people, and the chain as it now stands. */
  Organization organization(Organization was, Settings settings, List<Person> people) {
    return new Organization(was.name(), settings, was.customers(), was.partners(), List.copyOf(teams.values()),
        people, links == null ? given : List.copyOf(links.values()), procedures);
  }

  private void keepServesOfLinks() {
    procedures = procedures.stream().map(p -> {
      List<String> kept = p.serves().stream().filter(c -> links().containsKey(ends(p.team(), c))).toList();
      return kept.size() == p.serves().size() ? p : changed(p, p.team(), p.approvals(), kept);
    }).toList();
  }

  private static Procedure changed(Procedure p, String team, List<String> approvals, List<String> serves) {
    return new Procedure(p.id(), team, p.name(), p.steps(), approvals, serves, p.leadTimeDays(), p.workHours());
  }

  private static List<String> renamed(List<String> ids, String from, String into) {
    Set<String> renamed = new LinkedHashSet<>();
    ids.forEach(id -> renamed.add(id.equals(from) ? into : id));
    return List.copyOf(renamed);
  }

  private static List<String> ends(String from, String to) {
    return List.of(from, to);
  }
}
