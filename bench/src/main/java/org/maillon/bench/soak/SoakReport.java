package org.maillon.bench.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a soak run and its verdict, printed and written under the output folder:
 * {@code summary.md}, and as CSV the requests by kind and by endpoint, the memory samples and the
 * answers that were not as expected. The run passes when no request got a server error (5xx) or no
 * answer, every answer was the one expected, the driver met no error, the heap stayed flat
 * ({@link MemoryTrend}) and the server still answered at the end.
 */
final class SoakReport {

  private static final int MISSES_SHOWN = 30;

  private final SoakOptions options;
  private final Instant started;
  private final Recorder recorder;
  private final List<MemorySampler.Sample> samples;
  private final List<String> driverErrors;
  private final boolean alive;

  SoakReport(SoakOptions options, Instant started, Recorder recorder, List<MemorySampler.Sample> samples,
      List<String> driverErrors, boolean alive) {
    this.options = options;
    this.started = started;
    this.recorder = recorder;
    this.samples = samples;
    this.driverErrors = driverErrors;
    this.alive = alive;
  }

  /** Writes the files, prints the summary, and says whether the run passed. */
  boolean write() throws IOException {
    Map<String, Series.Summary> kinds = recorder.byKind();
    Files.writeString(options.out().resolve("requests-by-kind.csv"), requestsCsv("kind", kinds));
    Files.writeString(options.out().resolve("requests-by-endpoint.csv"), requestsCsv("kind and endpoint",
        recorder.byEndpoint()));
    Files.writeString(options.out().resolve("memory.csv"), memoryCsv());
    Files.writeString(options.out().resolve("misses.csv"), missesCsv());
    int failures = kinds.values().stream().mapToInt(Series.Summary::serverErrors).sum();
    int unexpected = kinds.values().stream().mapToInt(Series.Summary::unexpected).sum() - failures;
    MemoryTrend heap = MemoryTrend.of(samples, options.duration().toSeconds());
    boolean pass = failures == 0 && unexpected == 0 && driverErrors.isEmpty() && heap.flat() && alive;
    StringBuilder text = new StringBuilder();
    header(text);
    requests(text, kinds);
    memory(text, heap);
    verdict(text, failures, unexpected, heap, pass);
    misses(text);
    Files.writeString(options.out().resolve("summary.md"), text);
    System.out.print(text);
    return pass;
  }

  private void header(StringBuilder text) {
    double[] loads = samples.stream().mapToDouble(MemorySampler.Sample::load).sorted().toArray();
    text.append("# Soak: ").append(options.duration().toMinutes()).append(" minutes against ").append(options.base())
        .append("\n\nFrom ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(" to ")
        .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" (UTC); ").append(options.threads())
        .append(" workers, ").append(options.think().toMillis()).append(" ms between two actions of a worker; ")
        .append("the model re-imported every ").append(options.importEvery().toSeconds()).append(" s; memory sampled")
        .append(" every ").append(options.sampleEvery().toSeconds()).append(" s after a full collection. Load average")
        .append(" (1 min) at the samples: ").append(f(loads[0])).append(" to ").append(f(loads[loads.length - 1]))
        .append(", median ").append(f(MemoryTrend.median(loads))).append(".\n\n");
  }

  private void requests(StringBuilder text, Map<String, Series.Summary> kinds) {
    text.append("| kind | requests | statuses | not as expected | p50 ms | p95 ms | p99 ms | max ms |\n")
        .append("|---|---:|---|---:|---:|---:|---:|---:|\n");
    int total = 0;
    for (Map.Entry<String, Series.Summary> kind : kinds.entrySet()) {
      Series.Summary s = kind.getValue();
      total += s.count();
      text.append("| ").append(kind.getKey()).append(" | ").append(s.count()).append(" | ").append(s.statusText())
          .append(" | ").append(s.unexpected()).append(" | ").append(f(s.p50())).append(" | ").append(f(s.p95()))
          .append(" | ").append(f(s.p99())).append(" | ").append(f(s.max())).append(" |\n");
    }
    text.append("| **all** | **").append(total).append("** | | | | | | |\n\n");
  }

  private void memory(StringBuilder text, MemoryTrend heap) {
    text.append("| sample | s | heap after GC MiB | heap committed MiB | metaspace MiB | RSS MiB | threads | open files")
        .append(" | database MiB | load |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double seconds = options.duration().toSeconds();
    memoryRow(text, "start (before the traffic)", samples.get(0));
    memoryRow(text, "middle", samples.stream()
        .min(Comparator.comparingDouble(s -> Math.abs(s.atSeconds() - seconds / 2))).orElseThrow());
    memoryRow(text, "end (traffic stopped)", samples.get(samples.size() - 1));
    MemoryTrend rss = MemoryTrend.of(samples, seconds, MemorySampler.Sample::rss);
    text.append("\nMedians, first third against last third: heap after GC ").append(f(heap.firstThird())).append(" → ")
        .append(f(heap.lastThird())).append(" MiB (").append(signed(heap.growthPercent())).append("%, ")
        .append(heap.firstSamples()).append(" and ").append(heap.lastSamples()).append(" samples); RSS ")
        .append(f(rss.firstThird())).append(" → ").append(f(rss.lastThird())).append(" MiB (")
        .append(signed(rss.growthPercent())).append("%).\n\n");
  }

  private static void memoryRow(StringBuilder text, String name, MemorySampler.Sample s) {
    text.append("| ").append(name).append(" | ").append(f(s.atSeconds())).append(" | ").append(f(s.heapAfterGc()))
        .append(" | ").append(f(s.heapCommitted())).append(" | ").append(f(s.metaspace())).append(" | ")
        .append(f(s.rss())).append(" | ").append(s.threads()).append(" | ").append(s.openFiles()).append(" | ")
        .append(f(s.database())).append(" | ").append(f(s.load())).append(" |\n");
  }

  private void verdict(StringBuilder text, int failures, int unexpected, MemoryTrend heap, boolean pass) {
    text.append("Verdict: **").append(pass ? "PASS" : "FAIL").append("**\n\n")
        .append("- server errors (5xx) and requests with no answer: ").append(failures).append(" (0 required)\n")
        .append("- other answers not as expected: ").append(unexpected).append(" (0 required)\n")
        .append("- driver errors: ").append(driverErrors.size()).append(" (0 required)\n")
        .append("- heap after GC, median of the last third at most ")
        .append(Math.round((MemoryTrend.TOLERANCE - 1) * 100)).append("% above the first third's: ")
        .append(signed(heap.growthPercent())).append("% (").append(heap.flat() ? "flat" : "NOT flat").append(")\n")
        .append("- the server answered its health check at the end: ").append(alive ? "yes" : "NO").append("\n\n");
  }

  private void misses(StringBuilder text) {
    List<Recorder.Miss> misses = recorder.misses();
    if (!misses.isEmpty()) {
      text.append("Answers not as expected (the first ").append(Math.min(MISSES_SHOWN, misses.size()))
          .append("; all kept in misses.csv):\n\n| s | kind | request | status | what came back |\n|---:|---|---|---:|---|\n");
      misses.stream().limit(MISSES_SHOWN).forEach(m -> text.append("| ").append(f(m.atSeconds())).append(" | ")
          .append(m.kind()).append(" | `").append(m.request()).append("` | ").append(m.status()).append(" | ")
          .append(m.detail().replace("|", "\\|")).append(" |\n"));
      text.append('\n');
    }
    driverErrors.forEach(error -> text.append("- driver error: ").append(error).append('\n'));
  }

  private static String requestsCsv(String name, Map<String, Series.Summary> series) {
    StringBuilder csv = new StringBuilder(name + ",requests,statuses,unexpected,p50_ms,p95_ms,p99_ms,max_ms\n");
    series.forEach((key, s) -> csv.append(quoted(key)).append(',').append(s.count()).append(',')
        .append(quoted(s.statusText())).append(',').append(s.unexpected()).append(',').append(f(s.p50())).append(',')
        .append(f(s.p95())).append(',').append(f(s.p99())).append(',').append(f(s.max())).append('\n'));
    return csv.toString();
  }

  private String memoryCsv() {
    StringBuilder csv = new StringBuilder(
        "seconds,heap_after_gc_mib,heap_committed_mib,metaspace_mib,rss_mib,threads,open_files,database_mib,load\n");
    samples.forEach(s -> csv.append(f(s.atSeconds())).append(',').append(f(s.heapAfterGc())).append(',')
        .append(f(s.heapCommitted())).append(',').append(f(s.metaspace())).append(',').append(f(s.rss())).append(',')
        .append(s.threads()).append(',').append(s.openFiles()).append(',').append(f(s.database())).append(',')
        .append(f(s.load())).append('\n'));
    return csv.toString();
  }

  private String missesCsv() {
    StringBuilder csv = new StringBuilder("seconds,kind,request,status,detail\n");
    recorder.misses().forEach(m -> csv.append(f(m.atSeconds())).append(',').append(quoted(m.kind())).append(',')
        .append(quoted(m.request())).append(',').append(m.status()).append(',').append(quoted(m.detail()))
        .append('\n'));
    return csv.toString();
  }

  private static String quoted(String text) {
    return "\"" + (text == null ? "" : text.replace("\"", "\"\"")) + "\"";
  }

  private static String f(double value) {
    return String.format(Locale.ROOT, value >= 100 || value == Math.rint(value) ? "%.0f" : "%.1f", value);
  }

  private static String signed(double value) {
    return String.format(Locale.ROOT, "%+.1f", value);
  }
}
