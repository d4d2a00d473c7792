package org.maillon.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.maillon.model.TeamKind;

/**
 * The words synthetic organisations are made of: functions by kind of team, names of people, and
 * the texts of links. Texts hold no {@code ;} and no {@code ->}, and expectation ids no space or
 * {@code :}, so that every synthetic model round-trips through CSV too.
 */
final class Vocabulary {

  /** A function of teams: its code, the kind of team that has it, a member's title, what it delivers. */
  record Function(String code, TeamKind kind, String role, String delivers) {}

  static final List<Function> FUNCTIONS = List.of(
      new Function("sales", TeamKind.FRONT_LINE, "Account executive", "Orders and advice"),
      new Function("customer-service", TeamKind.FRONT_LINE, "Service agent", "Answers to customers"),
      new Function("stores", TeamKind.FRONT_LINE, "Store associate", "Sales at the counter"),
      new Function("field-service", TeamKind.FRONT_LINE, "Field technician", "Installations and repairs"),
      new Function("engineering", TeamKind.CORE, "Engineer", "Product releases"),
      new Function("operations", TeamKind.CORE, "Operator", "Fulfilled orders"),
      new Function("manufacturing", TeamKind.CORE, "Technician", "Finished goods"),
      new Function("logistics", TeamKind.CORE, "Logistician", "Deliveries"),
      new Function("product", TeamKind.CORE, "Product manager", "Product roadmap"),
      new Function("hr", TeamKind.SUPPORT, "HR partner", "Recruits and payroll"),
      new Function("finance", TeamKind.SUPPORT, "Accountant", "Budgets and invoices"),
      new Function("it", TeamKind.SUPPORT, "IT specialist", "Working tools"),
      new Function("legal", TeamKind.SUPPORT, "Lawyer", "Contracts reviewed"),
      new Function("marketing", TeamKind.SUPPORT, "Marketer", "Campaigns and leads"));

  /** The function of the team at the top, whose head leads the whole organisation. */
  static final int MANAGEMENT = FUNCTIONS.size();

  static final Function MANAGEMENT_FUNCTION =
      new Function("management", TeamKind.CORE, "Executive", "Strategy and budgets");

  static final List<String> SEGMENTS = List.of(
      "retail", "small-business", "enterprise", "public-sector", "healthcare", "education",
      "wholesale", "online", "export", "hospitality", "industry", "non-profit");

  static final List<String> PARTNERS = List.of("Carrier", "Cloud provider", "Staffing agency", "Auditor", "Printer");

  static final List<String> EXPECTATIONS = List.of(
      "Answer within 48 hours", "Deliver on the promised date", "Tell us early about delays",
      "One contact person", "Quality without rework", "Clear prices", "Monthly review");

  static final List<String> COMMITMENTS = List.of(
      "Answers within one day", "Dates kept or warned a week before", "A named contact",
      "Checked before delivery", "Prices published each quarter", "Review on the first Monday");

  static final List<String> UNASKED = List.of(
      "Weekly status report", "Internal newsletter", "Compliance checklist", "Quarterly procedure update");

  private static final List<String> FIRST_NAMES = List.of(
      "Camille", "Louis", "Emma", "Hugo", "Chloé", "Lucas", "Léa", "Jules", "Manon", "Gabriel",
      "Inès", "Arthur", "Sarah", "Nathan", "Zoé", "Adam", "Alice", "Paul", "Jade", "Tom");

  private static final List<String> LAST_NAMES = List.of(
      "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
      "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier");

  private static final List<List<Integer>> FUNCTIONS_BY_KIND = Arrays.stream(TeamKind.values())
      .map(kind -> IntStream.range(0, FUNCTIONS.size()).filter(f -> FUNCTIONS.get(f).kind() == kind).boxed().toList())
      .toList();

  private Vocabulary() {}

  static Function function(int index) {
    return index == MANAGEMENT ? MANAGEMENT_FUNCTION : FUNCTIONS.get(index);
  }

  /** A function of the given kind, drawn uniformly. */
  static int functionOf(TeamKind kind, SplittableRandom random) {
    return pick(FUNCTIONS_BY_KIND.get(kind.ordinal()), random);
  }

  /** A code as a name: {@code customer-service} as {@code Customer service}. */
  static String label(String code) {
    return Character.toUpperCase(code.charAt(0)) + code.substring(1).replace('-', ' ');
  }

  static String personName(SplittableRandom random) {
    return pick(FIRST_NAMES, random) + " " + pick(LAST_NAMES, random);
  }

  static <T> T pick(List<T> words, SplittableRandom random) {
    return words.get(random.nextInt(words.size()));
  }
}
