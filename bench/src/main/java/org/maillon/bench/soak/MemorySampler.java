package org.maillon.bench.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The server's memory as the operating system and the JVM see it, sampled from outside the
 * process: {@code jcmd} runs a full collection ({@code GC.run}) and then reports the heap, so that
 * the heap figure is what is still reachable (a leak grows it, garbage does not); {@code /proc}
 * gives the resident memory, threads and open files (a leak of connections or files grows them).
 */
final class MemorySampler {

  /** One sample; sizes in MiB, -1 when it could not be read. */
  record Sample(double atSeconds, double heapAfterGc, double heapCommitted, double metaspace, double rss, int threads,
      int openFiles, double database, double load) {}

  private static final Pattern HEAP = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");
  private static final Pattern METASPACE = Pattern.compile("Metaspace\\s+used (\\d+)K");

  private final long pid;
  private final Path dataDir;
  private final Path commands;

  MemorySampler(long pid, Path dataDir, Path out) throws IOException {
    this.pid = pid;
    this.dataDir = dataDir;
    this.commands = out.resolve("jcmd-commands.txt");
    Files.writeString(commands, "GC.run\nGC.heap_info\n");
  }

  Sample sample(double atSeconds) throws IOException, InterruptedException {
    String heapInfo = jcmd();
    double[] heap = heap(heapInfo);
    String status = Files.readString(Path.of("/proc", String.valueOf(pid), "status"));
    int files;
    try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
      files = (int) fds.count();
    }
    return new Sample(atSeconds, heap[1], heap[0], metaspace(heapInfo), statusField(status, "VmRSS") / 1024.0,
        (int) statusField(status, "Threads"), files, databaseMib(), load());
  }

  private String jcmd() throws IOException, InterruptedException {
    Process process = new ProcessBuilder("jcmd", String.valueOf(pid), "-f", commands.toString())
        .redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    return new String(output, StandardCharsets.UTF_8);
  }

  /** Committed and used heap in MiB, from {@code GC.heap_info} (G1's "garbage-first heap total …, used …"). */
  static double[] heap(String heapInfo) {
    Matcher matcher = HEAP.matcher(heapInfo);
    return matcher.find() ? new double[] {Long.parseLong(matcher.group(1)) / 1024.0,
        Long.parseLong(matcher.group(2)) / 1024.0} : new double[] {-1, -1};
  }

  static double metaspace(String heapInfo) {
    Matcher matcher = METASPACE.matcher(heapInfo);
    return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024.0 : -1;
  }

  /** A numeric field of {@code /proc/PID/status} ("VmRSS:	 123456 kB" gives 123456); -1 when absent. */
  static long statusField(String status, String name) {
    for (String line : status.split("\n")) {
      if (line.startsWith(name + ":")) {
        return Long.parseLong(line.substring(name.length() + 1).strip().split("\\s+")[0]);
      }
    }
    return -1;
  }

  private double databaseMib() throws IOException {
    try (Stream<Path> files = Files.list(dataDir)) {
      List<Path> all = files.filter(Files::isRegularFile).toList();
      long bytes = 0;
      for (Path file : all) {
        bytes += Files.size(file);
      }
      return bytes / (1024.0 * 1024);
    } catch (NoSuchFileException e) {
      return 0;
    }
  }

  /** The machine's load average over the last minute: other builds share it. */
  private static double load() throws IOException {
    return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
  }
}
