package org.maillon.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Runs {@code bench/networkx_figures.py} with Debian's {@code /usr/bin/python3} on the same
 * arrays, written as tab-separated files, and reads back its figures and its median time (graph
 * building and searches, measured in Python; file reading is not timed).
 */
public final class NetworkxFigures {

  public static final Path PYTHON = Path.of("/usr/bin/python3");

  /** The figures networkx computed and its median time over the repeats, in milliseconds. */
  public record Result(Figures figures, double medianMillis) {}

  private NetworkxFigures() {}

  /** Null when {@code python3-networkx} is not installed: the comparison is then skipped, with a notice. */
  public static String unavailableReason() throws InterruptedException {
    try {
      Process check = new ProcessBuilder(PYTHON.toString(), "-c", "import networkx").redirectErrorStream(true).start();
      return check.waitFor() == 0 ? null : "python3-networkx is not installed (apt-get install -y python3-networkx)";
    } catch (IOException e) {
      return PYTHON + " cannot run: " + e.getMessage();
    }
  }

  public static Result compute(GraphData data, Path script, int repeats) throws IOException, InterruptedException {
    Path folder = Files.createTempDirectory("networkx-figures");
    write(folder.resolve("people.tsv"), data.personCount(), p -> data.manager()[p] + "\t" + data.team()[p]);
    write(folder.resolve("nodes.tsv"), data.nodeCount(), n -> kind(data, n));
    write(folder.resolve("links.tsv"), data.linkFrom().length, l -> data.linkFrom()[l] + "\t" + data.linkTo()[l]);
    Process python = new ProcessBuilder(PYTHON.toString(), script.toString(), folder.toString(), Integer.toString(repeats))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String median = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (python.waitFor() != 0) {
      throw new IllegalStateException("networkx_figures.py failed");
    }
    List<String> lines = Files.readAllLines(folder.resolve("figures.txt"));
    int[] reach = ints(lines.get(5));
    boolean[] reaches = new boolean[reach.length];
    for (int t = 0; t < reach.length; t++) {
      reaches[t] = reach[t] == 1;
    }
    Figures figures = new Figures(ints(lines.get(0)), ints(lines.get(1))[0], ints(lines.get(2)), ints(lines.get(3)),
        ints(lines.get(4)), reaches);
    for (String name : List.of("people.tsv", "nodes.tsv", "links.tsv", "figures.txt")) {
      Files.delete(folder.resolve(name));
    }
    Files.delete(folder);
    return new Result(figures, Double.parseDouble(median));
  }

  private static String kind(GraphData data, int node) {
    if (node < data.teamCount()) {
      return data.frontLine()[node] ? "T" : "t";
    }
    return data.isFinalCustomer(node) ? "C" : "P";
  }

  private static void write(Path file, int rows, IntFunction<String> row) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int k = 0; k < rows; k++) {
        out.write(row.apply(k));
        out.write('\n');
      }
    }
  }

  private static int[] ints(String line) {
    return line.isBlank() ? new int[0] : Arrays.stream(line.trim().split(" ")).mapToInt(Integer::parseInt).toArray();
  }
}
