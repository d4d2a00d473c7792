package org.maillon.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;

/**
 * What PostgreSQL's tables {@code person}, {@code node} and {@code link} hold, as COPY text, on one
 * of two footings. {@link #compiled} keys rows by int positions in Maillon's numbering: ids already
 * resolved, by us, before loading, the footing of Maillon on compiled arrays. {@link #records} keys
 * them by the model's own text ids, as its records hold them, so that the database joins on them
 * as Maillon resolves them from the records. Either maps a key read back to Maillon's numbering, so
 * that the figures can be checked. O(people + links) to build.
 *
 * @param keyType the SQL type of ids and references, {@code int} or {@code text}
 */
public record SqlTables(String keyType, String people, String nodes, String links,
    ToIntFunction<Object> personNumber, ToIntFunction<Object> nodeNumber) {

  private static final String NULL = "\\N";

  public static SqlTables compiled(GraphData data) {
    return new SqlTables("int",
        rows(data.personCount(), p -> line(p, orNull(data.manager()[p]), orNull(data.team()[p]))),
        rows(data.nodeCount(), n -> line(n, n < data.teamCount(), data.isFinalCustomer(n), data.frontLine()[n])),
        rows(data.linkFrom().length, l -> line(data.linkFrom()[l], data.linkTo()[l])),
        key -> (Integer) key, key -> (Integer) key);
  }

  /** The records' ids as they are; nodes in Maillon's order: teams, final customers, partners. */
  public static SqlTables records(Organization organization) {
    List<Person> people = organization.people();
    List<Team> teams = organization.teams();
    List<Link> links = organization.links();
    List<String> nodeIds = Stream.of(teams.stream().map(Team::id), organization.customers().stream().map(FinalCustomer::id),
        organization.partners().stream().map(Partner::id)).flatMap(ids -> ids).toList();
    int customersEnd = teams.size() + organization.customers().size();
    Map<String, Integer> personNumbers = numbers(people.stream().map(Person::id).toList());
    Map<String, Integer> nodeNumbers = numbers(nodeIds);
    return new SqlTables("text",
        rows(people.size(), p -> line(people.get(p).id(), people.get(p).manager(), people.get(p).team())),
        rows(nodeIds.size(), n -> line(nodeIds.get(n), n < teams.size(), n >= teams.size() && n < customersEnd,
            n < teams.size() && teams.get(n).kind() == TeamKind.FRONT_LINE)),
        rows(links.size(), l -> line(links.get(l).from(), links.get(l).to())),
        personNumbers::get, nodeNumbers::get);
  }

  private static Map<String, Integer> numbers(List<String> ids) {
    Map<String, Integer> numbers = new HashMap<>(ids.size() * 2);
    for (int k = 0; k < ids.size(); k++) {
      numbers.put(ids.get(k), k);
    }
    return numbers;
  }

  private static Integer orNull(int value) {
    return value < 0 ? null : value;
  }

  private static String rows(int count, IntFunction<String> row) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < count; k++) {
      text.append(row.apply(k)).append('\n');
    }
    return text.toString();
  }

  /** One row in COPY's text format: tab-separated, {@code \N} for null, special characters escaped. */
  private static String line(Object... cells) {
    StringBuilder line = new StringBuilder();
    for (Object cell : cells) {
      if (line.length() > 0) {
        line.append('\t');
      }
      line.append(cell == null ? NULL : escaped(cell.toString()));
    }
    return line.toString();
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
