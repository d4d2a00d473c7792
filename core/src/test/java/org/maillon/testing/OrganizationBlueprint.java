package org.maillon.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Procedure;
import org.maillon.model.Settings;
import org.maillon.model.Team;

/**
 * The integer picks behind one random organisation, and their reading as a valid model. Every pick
 * is taken modulo the number of candidates, and a pick that would break a validity rule (a link to
 * itself, a second link between the same ends) is dropped rather than rejected, so that shrinking
 * never leaves the valid space.
 */
record OrganizationBlueprint(
    List<PersonPick> people,
    List<TeamPick> teams,
    List<String> customerNames,
    List<String> partnerNames,
    List<LinkPick> links,
    List<String> personIds,
    List<String> nodeIds,
    Header header) {

  /** Manager pick: no manager. */
  static final int TOP = -1;
  /** Manager pick: the person drawn just before, which makes long reporting lines likely. */
  static final int PREVIOUS = -2;

  private static final List<String> EXPECTATION_IDS = List.of("e1", "E1", "q-10", "q-9");

  /** A person reports to one drawn before them, so reporting lines never form a cycle. */
  record PersonPick(int manager, Integer team, String name) {}

  record TeamPick(org.maillon.model.TeamKind kind, String name, String function, Integer lead) {}

  record LinkPick(int from, int to, boolean toFinalCustomer, int expectations, List<CommitmentPick> commitments) {}

  record CommitmentPick(String text, List<Integer> answers) {}

  /**
   * A procedure of a team; its approvers are people, and it serves customers of its team. Its lead
   * time and work, each possibly null, are stated as they come (the work fits in the lead time).
   */
  record ProcedurePick(int team, String name, int steps, List<Integer> approvals, List<Integer> serves,
      Double leadTimeDays, Double workHours) {}

  /**
   * {@code presorted}: people and teams listed in id order, as a tidy export would give them. The
   * settings and the procedures ride here, as jqwik combines at most eight arbitraries at once.
   */
  record Header(String name, int targetSpan, int maxApprovalLevels, double minFlowEfficiency, boolean presorted,
      List<ProcedurePick> procedures) {}

  Organization build() {
    List<String> customerIds = nodeIds.subList(0, customerNames.size());
    List<String> partnerIds = nodeIds.subList(customerIds.size(), customerIds.size() + partnerNames.size());
    int firstTeam = customerIds.size() + partnerIds.size();
    List<String> teamIds = nodeIds.subList(firstTeam, firstTeam + teams.size());
    List<String> personIdList = personIds.subList(0, people.size());
    List<Team> teamList = teams(teamIds, personIdList);
    List<Person> personList = people(personIdList, teamIds);
    if (header.presorted()) {
      teamList.sort(Comparator.comparing(Team::id));
      personList.sort(Comparator.comparing(Person::id));
    }
    List<Link> linkList = links(teamIds, customerIds, partnerIds);
    return new Organization(
        header.name(),
        new Settings(header.targetSpan(), header.maxApprovalLevels()).withMinFlowEfficiency(header.minFlowEfficiency()),
        customers(customerIds),
        partners(partnerIds),
        teamList,
        personList,
        linkList,
        procedures(teamIds, personIdList, linkList));
  }

  /** Procedure ids come from the end of the node ids: their own namespace, with awkward orders too. */
  private List<Procedure> procedures(List<String> teamIds, List<String> personIdList, List<Link> linkList) {
    List<Procedure> result = new ArrayList<>();
    for (int i = 0; i < header.procedures().size() && !teamIds.isEmpty(); i++) {
      ProcedurePick pick = header.procedures().get(i);
      String team = pick(teamIds, pick.team());
      List<String> approvals = new ArrayList<>();
      if (!personIdList.isEmpty()) {
        pick.approvals().forEach(a -> approvals.add(pick(personIdList, a)));
      }
      List<String> customers = linkList.stream().filter(l -> l.from().equals(team)).map(Link::to).toList();
      Set<String> serves = new LinkedHashSet<>();
      if (!customers.isEmpty()) {
        pick.serves().forEach(s -> serves.add(pick(customers, s)));
      }
      result.add(new Procedure(nodeIds.get(nodeIds.size() - 1 - i), team, pick.name(), pick.steps(), approvals,
          List.copyOf(serves), pick.leadTimeDays(), pick.workHours()));
    }
    return result;
  }

  private List<FinalCustomer> customers(List<String> ids) {
    List<FinalCustomer> customers = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      customers.add(new FinalCustomer(ids.get(i), customerNames.get(i), i % 2 == 0 ? 1000.0 * (i + 1) : null));
    }
    return customers;
  }

  private List<Partner> partners(List<String> ids) {
    List<Partner> partners = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      partners.add(new Partner(ids.get(i), partnerNames.get(i)));
    }
    return partners;
  }

  private List<Team> teams(List<String> ids, List<String> personIdList) {
    List<Team> result = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      TeamPick pick = teams.get(i);
      String lead = pick.lead() == null || personIdList.isEmpty() ? null : pick(personIdList, pick.lead());
      result.add(new Team(ids.get(i), pick.name(), pick.kind(), pick.function(), lead));
    }
    return result;
  }

  private List<Person> people(List<String> ids, List<String> teamIds) {
    List<Person> result = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      PersonPick pick = people.get(i);
      String manager = i == 0 || pick.manager() == TOP ? null
          : pick.manager() == PREVIOUS ? ids.get(i - 1) : ids.get(pick.manager() % i);
      String team = pick.team() == null || teamIds.isEmpty() ? null : pick(teamIds, pick.team());
      result.add(new Person(ids.get(i), pick.name(), i % 3 == 0 ? null : "Title " + i, team, manager,
          i % 2 == 0 ? "person" + i + "@example.org" : null, i % 4 == 1 ? 40000.5 + i : null));
    }
    return result;
  }

  private List<Link> links(List<String> teamIds, List<String> customerIds, List<String> partnerIds) {
    List<String> suppliers = new ArrayList<>(teamIds);
    suppliers.addAll(partnerIds);
    Set<List<String>> ends = new HashSet<>();
    List<Link> result = new ArrayList<>();
    for (LinkPick pick : links) {
      List<String> targets = pick.toFinalCustomer() && !customerIds.isEmpty() || teamIds.isEmpty() ? customerIds : teamIds;
      if (suppliers.isEmpty() || targets.isEmpty()) {
        continue;
      }
      String from = pick(suppliers, pick.from());
      String to = pick(targets, pick.to());
      if (!from.equals(to) && ends.add(List.of(from, to))) {
        result.add(link(from, to, pick));
      }
    }
    return result;
  }

  private static Link link(String from, String to, LinkPick pick) {
    List<Expectation> expectations = new ArrayList<>();
    List<String> expectationIds = new ArrayList<>();
    for (int j = 0; j < pick.expectations(); j++) {
      String id = EXPECTATION_IDS.get((pick.to() + j) % EXPECTATION_IDS.size());
      expectationIds.add(id);
      expectations.add(new Expectation(id, "Expectation " + id));
    }
    List<Commitment> commitments = new ArrayList<>();
    for (CommitmentPick commitment : pick.commitments()) {
      Set<String> answers = new LinkedHashSet<>();
      if (!expectationIds.isEmpty()) {
        commitment.answers().forEach(a -> answers.add(pick(expectationIds, a)));
      }
      commitments.add(new Commitment(commitment.text(), List.copyOf(answers)));
    }
    return new Link(from, to, from.length() % 2 == 0 ? "Deliveries" : null, expectations, commitments);
  }

  private static String pick(List<String> candidates, int pick) {
    return candidates.get(Math.floorMod(pick, candidates.size()));
  }
}
