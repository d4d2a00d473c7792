package org.maillon.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.model.Organization;
import org.maillon.synthetic.SyntheticOrganization;

/**
 * The full diagnosis of {@link DiagnosisBenchmark}, the engine alone and the engine with the
 * summary JSON, timed in wall time and in the CPU time of the whole process (every core's work,
 * the collector's and the compiler's included): on a shared machine the wall time measures the
 * other processes too, while the CPU time shows whether the work itself changed.
 *
 * <pre>java -Xmx1g -cp bench/target/maillon-benchmarks.jar org.maillon.bench.DiagnosisCpuTime [PEOPLE] [RUNS]</pre>
 */
public final class DiagnosisCpuTime {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private DiagnosisCpuTime() {}

  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Organization organization = SyntheticOrganization.generate(people, 1);
    time("engine alone", people, runs, () -> DiagnosisEngine.diagnose(organization));
    time("engine and summary JSON", people, runs, () -> {
      Diagnosis diagnosis = DiagnosisEngine.diagnose(organization);
      DiagnosisJson.write(diagnosis, Writer.nullWriter(), true, Locale.ENGLISH);
    });
  }

  private static void time(String what, int people, int runs, Runnable diagnosis) {
    double[] cpu = new double[runs];
    double[] wall = new double[runs];
    for (int run = -runs; run < runs; run++) {
      long cpuStart = OS.getProcessCpuTime();
      long wallStart = System.nanoTime();
      diagnosis.run();
      if (run >= 0) {
        cpu[run] = (OS.getProcessCpuTime() - cpuStart) / 1e6;
        wall[run] = (System.nanoTime() - wallStart) / 1e6;
      }
    }
    System.out.printf(Locale.ROOT, "%s, %,d people, %d runs after %d warm-up runs: median wall %.0f ms, median process CPU %.0f ms%n",
        what, people, runs, runs, median(wall), median(cpu));
  }

  /** The median, the mean of the two middle values for an even count. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
