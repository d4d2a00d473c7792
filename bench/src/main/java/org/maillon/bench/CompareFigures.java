package org.maillon.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.maillon.graph.OrgGraph;
import org.maillon.model.Organization;
import org.maillon.synthetic.SyntheticOrganization;

/**
 * Computes the same figures with Maillon and each alternative, in one JVM run, checks every
 * alternative's figures equal to Maillon's, then prints a Markdown table of median times and
 * ratios. Java runs are warmed up first; networkx's time is measured inside Python. Ratios are to
 * Maillon from the model's records; "Maillon, compiled" is the same figures on a model already
 * compiled into arrays, the start JGraphT and networkx get. PostgreSQL runs on both footings:
 * tables keyed by the records' text ids against Maillon from the records, and tables keyed by
 * Maillon's int numbering against Maillon compiled. The last column is the load average at the
 * row's end, as the machine may be shared.
 *
 * <pre>
 * java -cp bench/target/maillon-benchmarks.jar org.maillon.bench.CompareFigures \
 *     [--sizes 10000,100000,1000000] [--repeats 5] [--postgres-max 1000000] [--script bench/networkx_figures.py]
 * </pre>
 */
public final class CompareFigures {

  private static final String NOT_RUN = "| not run | – ";
  private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

  private CompareFigures() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    String networkxMissing = Files.isRegularFile(options.script()) ? NetworkxFigures.unavailableReason()
        : options.script() + " not found (run from the project's root)";
    if (networkxMissing != null) {
      System.out.println("*** networkx skipped: " + networkxMissing + " ***");
    }
    if (!PostgresFigures.available()) {
      System.out.println("*** PostgreSQL skipped: running as root without user namespaces ***");
    }
    System.out.println("| people | Maillon ms | Maillon, compiled ms | JGraphT ms | JGraphT / Maillon"
        + " | PostgreSQL, text ids ms | PostgreSQL, text ids / Maillon"
        + " | PostgreSQL, int ids ms | PostgreSQL, int ids / Maillon, compiled | networkx ms | networkx / Maillon | load |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int people : options.sizes()) {
      System.out.println(row(people, options, networkxMissing == null));
    }
  }

  private static String row(int people, Options options, boolean networkx) throws Exception {
    Organization organization = SyntheticOrganization.generate(people, options.seed());
    GraphData data = GraphData.of(organization);
    Timing.Timed<MaillonFigures.Computed> maillon =
        Timing.median(options.warmups(), options.repeats(), () -> MaillonFigures.compute(organization));
    Figures expected = MaillonFigures.figures(maillon.result(), data);
    OrgGraph graph = maillon.result().graph();
    double onGraph = Timing.median(options.warmups(), options.repeats(), () -> MaillonFigures.computeOn(graph)).medianMillis();
    JGraphTFigures.compute(data).checkEqualTo(expected, "JGraphT");
    double jgrapht = Timing.median(options.warmups(), options.repeats(), () -> JGraphTFigures.compute(data)).medianMillis();
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %,d | %.1f | %.1f %s", people, maillon.medianMillis(), onGraph,
        cells(jgrapht, maillon.medianMillis())));
    row.append(people <= options.postgresMax() && PostgresFigures.available()
        ? cells(postgres(organization, data, expected, options), maillon.medianMillis(), onGraph) : NOT_RUN + NOT_RUN);
    if (networkx) {
      NetworkxFigures.Result result = NetworkxFigures.compute(data, options.script(), options.repeats());
      result.figures().checkEqualTo(expected, "networkx");
      row.append(cells(result.medianMillis(), maillon.medianMillis()));
    } else {
      row.append(NOT_RUN);
    }
    return row.append("| ").append(Files.readString(LOAD_AVERAGE).split(" ")[0]).append(" |").toString();
  }

  /** PostgreSQL's median times on the records' text ids, then on Maillon's int numbering. */
  private static double[] postgres(Organization organization, GraphData data, Figures expected, Options options)
      throws Exception {
    try (PostgresFigures postgres = PostgresFigures.start()) {
      return new double[] {
        median(postgres, SqlTables.records(organization), data, expected, options),
        median(postgres, SqlTables.compiled(data), data, expected, options)};
    }
  }

  private static double median(PostgresFigures postgres, SqlTables tables, GraphData data, Figures expected,
      Options options) throws Exception {
    postgres.load(tables);
    postgres.query().figures(tables, data).checkEqualTo(expected, "PostgreSQL on " + tables.keyType() + " ids");
    return Timing.median(1, options.repeats(), postgres::query).medianMillis();
  }

  private static String cells(double[] postgres, double maillonMillis, double compiledMillis) {
    return cells(postgres[0], maillonMillis) + cells(postgres[1], compiledMillis);
  }

  private static String cells(double millis, double maillonMillis) {
    return String.format(Locale.ROOT, "| %.1f | %.0f× ", millis, millis / maillonMillis);
  }

  /** The command line's options, with their defaults. */
  record Options(int[] sizes, int repeats, int warmups, int postgresMax, long seed, Path script) {

    static Options parse(String[] args) {
      Options options = new Options(new int[] {10_000, 100_000, 1_000_000}, 5, 5, 1_000_000, 1,
          Path.of("bench/networkx_figures.py"));
      for (int k = 0; k + 1 < args.length; k += 2) {
        options = options.with(args[k], args[k + 1]);
      }
      return options;
    }

    private Options with(String name, String value) {
      return switch (name) {
        case "--sizes" -> new Options(Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray(),
            repeats, warmups, postgresMax, seed, script);
        case "--repeats" -> new Options(sizes, Integer.parseInt(value), warmups, postgresMax, seed, script);
        case "--warmups" -> new Options(sizes, repeats, Integer.parseInt(value), postgresMax, seed, script);
        case "--postgres-max" -> new Options(sizes, repeats, warmups, Integer.parseInt(value), seed, script);
        case "--seed" -> new Options(sizes, repeats, warmups, postgresMax, Long.parseLong(value), script);
        case "--script" -> new Options(sizes, repeats, warmups, postgresMax, seed, Path.of(value));
        default -> throw new IllegalArgumentException("unknown option " + name);
      };
    }
  }
}
