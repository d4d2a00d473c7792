package org.maillon.testing;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Person;
import org.maillon.model.Settings;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;

/**
 * Random organisations that pass the model validation of docs/model-format.md, so that properties can probe the
 * diagnosis with the awkward shapes real models have: forests with several tops, people without a
 * team, cycles and dead ends among teams, partners, several final customers, procedures whose
 * circuits climb, cross into support or serve nobody, and ids whose
 * {@link String#compareTo} order differs from their numeric or alphabetical order.
 *
 * <p>Everything is drawn as small integer "picks" and interpreted by {@link OrganizationBlueprint},
 * so that jqwik shrinks a failing organisation towards a small one.
 */
public final class RandomOrganizations {

  /**
   * The id pool shared by people and by teams, final customers and partners (the two namespaces are
   * separate, so a person may carry a team's id). It mixes numbers ("10" before "9"), case ("B"
   * before "a"), accents, a full-width letter and a supplementary character (a surrogate pair sorts
   * before U+FF21 by {@code compareTo}, after it by code point).
   */
  static final List<String> ID_POOL = idPool();

  private static final List<String> NAMES =
      List.of("Sales", "Camille Roux", "Équipe IT", "", "x", "Same name", "L'équipe \"A\"", "{team} braces");

  private RandomOrganizations() {}

  /** Valid organisations of 0..40 people, 0..14 teams, 0..4 final customers and 0..3 partners. */
  public static Arbitrary<Organization> organizations() {
    return organizations(40, 14, 4);
  }

  /**
   * Valid organisations up to the given sizes (the shared id pool allows 60 of each), with up to 3
   * partners and twice as many links as teams.
   */
  public static Arbitrary<Organization> organizations(int maxPeople, int maxTeams, int maxCustomers) {
    Arbitrary<List<OrganizationBlueprint.PersonPick>> people = personPick().list().ofMaxSize(maxPeople);
    Arbitrary<List<OrganizationBlueprint.TeamPick>> teams = teamPick().list().ofMaxSize(maxTeams);
    Arbitrary<List<String>> customers = Arbitraries.frequencyOf(
        Tuple.of(1, names().list().ofMaxSize(0)), Tuple.of(5, names().list().ofMinSize(1).ofMaxSize(maxCustomers)));
    Arbitrary<List<String>> partners = names().list().ofMaxSize(3);
    Arbitrary<List<OrganizationBlueprint.LinkPick>> links = linkPick().list().ofMaxSize(2 * maxTeams + 2);
    Arbitrary<List<String>> personIds = Arbitraries.shuffle(ID_POOL);
    Arbitrary<List<String>> nodeIds = Arbitraries.shuffle(ID_POOL);
    Arbitrary<OrganizationBlueprint.Header> header = header();
    return Combinators.combine(people, teams, customers, partners, links, personIds, nodeIds, header)
        .as(OrganizationBlueprint::new)
        .map(OrganizationBlueprint::build);
  }

  /**
   * A reporting line {@code people} deep: "p0" is the top and every "p<i>" reports to "p<i-1>", so
   * the deepest person has depth {@code people - 1}. All are members of one front-line team serving
   * one final customer. Recursive implementations overflow their stack on it.
   */
  public static Organization personChain(int people) {
    List<Person> persons = new ArrayList<>(people);
    for (int i = 0; i < people; i++) {
      persons.add(new Person("p" + i, "Person " + i, null, "sales", i == 0 ? null : "p" + (i - 1)));
    }
    return new Organization(
        "Chain of " + people,
        Settings.DEFAULTS,
        List.of(new FinalCustomer("retail", "Retail")),
        List.of(),
        List.of(new Team("sales", "Sales", TeamKind.FRONT_LINE, "sales", "p0")),
        persons,
        List.of(new Link("sales", "retail", null, null, null)));
  }

  /**
   * A value chain {@code teams} long: "t<i>" serves "t<i+1>" and the last team serves the final
   * customer, so "t0" is {@code teams} hops away from it. Nobody works there.
   */
  public static Organization teamChain(int teams) {
    List<Team> chain = new ArrayList<>(teams);
    List<Link> links = new ArrayList<>(teams);
    for (int i = 0; i < teams; i++) {
      TeamKind kind = i == teams - 1 ? TeamKind.FRONT_LINE : TeamKind.CORE;
      chain.add(new Team("t" + i, null, kind, null, null));
      links.add(new Link("t" + i, i == teams - 1 ? "retail" : "t" + (i + 1), null, null, null));
    }
    return new Organization(
        null, Settings.DEFAULTS, List.of(new FinalCustomer("retail", null)), List.of(), chain, List.of(), links);
  }

  private static Arbitrary<OrganizationBlueprint.PersonPick> personPick() {
    Arbitrary<Integer> manager = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(OrganizationBlueprint.TOP)),
        Tuple.of(2, Arbitraries.just(OrganizationBlueprint.PREVIOUS)),
        Tuple.of(5, Arbitraries.integers().between(0, 1000)));
    Arbitrary<Integer> team = Arbitraries.integers().between(0, 1000).injectNull(0.15);
    return Combinators.combine(manager, team, names()).as(OrganizationBlueprint.PersonPick::new);
  }

  private static Arbitrary<OrganizationBlueprint.TeamPick> teamPick() {
    Arbitrary<TeamKind> kind = Arbitraries.of(TeamKind.class).injectNull(0.1);
    Arbitrary<String> function = Arbitraries.of("sales", "it", "hr", "finance", "marketing").injectNull(0.3);
    Arbitrary<Integer> lead = Arbitraries.integers().between(0, 1000).injectNull(0.5);
    return Combinators.combine(kind, names(), function, lead).as(OrganizationBlueprint.TeamPick::new);
  }

  private static Arbitrary<OrganizationBlueprint.LinkPick> linkPick() {
    Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1000);
    Arbitrary<Boolean> toFinalCustomer = Arbitraries.of(true, false, false);
    Arbitrary<Integer> expectations = Arbitraries.integers().between(0, 3);
    Arbitrary<List<OrganizationBlueprint.CommitmentPick>> commitments = commitmentPick().list().ofMaxSize(3);
    return Combinators.combine(pick, pick, toFinalCustomer, expectations, commitments)
        .as(OrganizationBlueprint.LinkPick::new);
  }

  private static Arbitrary<OrganizationBlueprint.CommitmentPick> commitmentPick() {
    Arbitrary<String> text = Arbitraries.of("Same text", "Same text", "Quotes in 24h", "a", "B", "10", "9");
    Arbitrary<List<Integer>> answers = Arbitraries.integers().between(0, 3).list().ofMaxSize(2);
    return Combinators.combine(text, answers).as(OrganizationBlueprint.CommitmentPick::new);
  }

  private static Arbitrary<OrganizationBlueprint.Header> header() {
    Arbitrary<String> name = Arbitraries.of("Demo SME", "Maillon & Cie", "organization").injectNull(0.3);
    Arbitrary<Integer> targetSpan = Arbitraries.integers().between(Settings.MIN_TARGET_SPAN, 20);
    Arbitrary<Integer> maxApprovalLevels = Arbitraries.integers().between(Settings.MIN_MAX_APPROVAL_LEVELS, 4);
    Arbitrary<Double> minFlowEfficiency = Arbitraries.of(0.0, 0.05, Settings.DEFAULT_MIN_FLOW_EFFICIENCY, 0.25, 1.0);
    Arbitrary<Boolean> presorted = Arbitraries.of(false, false, false, true);
    Arbitrary<List<OrganizationBlueprint.ProcedurePick>> procedures = procedurePick().list().ofMaxSize(10);
    return Combinators.combine(name, targetSpan, maxApprovalLevels, minFlowEfficiency, presorted, procedures)
        .as(OrganizationBlueprint.Header::new);
  }

  private static Arbitrary<OrganizationBlueprint.ProcedurePick> procedurePick() {
    Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1000);
    Arbitrary<Integer> steps = Arbitraries.integers().between(1, 12);
    Arbitrary<List<Integer>> approvals = pick.list().ofMaxSize(6);
    Arbitrary<List<Integer>> serves = pick.list().ofMaxSize(2);
    Arbitrary<Double> lead = Arbitraries.of(0.5, 1.0, 2.5, 10.0, 30.0).injectNull(0.4);
    Arbitrary<Double> share = Arbitraries.of(0.01, 0.04, 0.05, 0.2, 1.0).injectNull(0.3);
    return Combinators.combine(pick, names(), steps, approvals, serves, lead, share).as((team, name, count, signers,
        served, days, part) -> new OrganizationBlueprint.ProcedurePick(team, name, count, signers, served, days,
        days == null || part == null ? part : Double.valueOf(days * 24 * part)));
  }

  private static Arbitrary<String> names() {
    return Arbitraries.of(NAMES).injectNull(0.3);
  }

  private static List<String> idPool() {
    List<String> pool = new ArrayList<>();
    for (int i = 0; i <= 30; i++) {
      pool.add(Integer.toString(i));
    }
    pool.addAll(List.of("100", "99", "a", "b", "A", "B", "z", "Z", "ab", "aB", "Ab", "t-1", "t-10", "t-2"));
    pool.addAll(List.of("e", "E", "é", "É", "sales", "Sales", "retail", "\uFF21", "\uD835\uDC9C", "x y"));
    pool.addAll(List.of("it", "hr", "p1", "p10", "p2", "p9", "organization", "-1", "01", "1.5"));
    pool.addAll(List.of("q", "Q", "m-1", "m-2", "m-10", "ö", "O", "o"));
    pool.addAll(List.of("quote\"d", "back\\slash", "tab\tid", "line\u2028sep", "<b>"));
    return List.copyOf(pool);
  }
}
