package org.maillon.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.modelfile.LoadedModel;
import org.maillon.modelfile.ModelFiles;

/**
 * What the command line does with a model file, in CPU time of the working thread: reading and
 * validating it once, then diagnosing it as {@code DiagnosisEngine.diagnose(organization)} (the
 * engine resolves every id) and as {@code loaded.diagnose()} (with the ids the validator
 * resolved), interleaved, medians after two warm-up rounds. CPU time, not wall time, so that it
 * holds on a loaded machine.
 *
 * <pre>java -Xms1g -XX:+UseParallelGC -cp bench/target/maillon-benchmarks.jar org.maillon.bench.HandOffCpuTime MODEL [RUNS]</pre>
 */
public final class HandOffCpuTime {

  private HandOffCpuTime() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    long start = threads.getCurrentThreadCpuTime();
    LoadedModel loaded = ModelFiles.read(Path.of(args[0]), Locale.ENGLISH);
    System.out.printf(Locale.ROOT, "read and validate: CPU %.0f ms%n", (threads.getCurrentThreadCpuTime() - start) / 1e6);
    double[] alone = new double[runs];
    double[] handed = new double[runs];
    for (int run = -2; run < runs; run++) {
      long before = threads.getCurrentThreadCpuTime();
      DiagnosisEngine.diagnose(loaded.organization());
      long between = threads.getCurrentThreadCpuTime();
      loaded.diagnose();
      long after = threads.getCurrentThreadCpuTime();
      if (run >= 0) {
        alone[run] = (between - before) / 1e6;
        handed[run] = (after - between) / 1e6;
      }
    }
    System.out.printf(Locale.ROOT, "diagnose(organization) median CPU %.0f ms, diagnose(organization, ids) median CPU %.0f ms, %d runs each%n",
        DiagnosisCpuTime.median(alone), DiagnosisCpuTime.median(handed), runs);
  }
}
