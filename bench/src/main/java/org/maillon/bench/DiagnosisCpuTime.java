package org.maillon.bench;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.model.Organization;
import org.maillon.synthetic.SyntheticOrganization;

/**
 * The full diagnosis of {@link DiagnosisBenchmark}, timed in CPU time of the diagnosing thread as
 * well as wall time: on a shared machine the wall time measures the other processes too, while
 * the thread's CPU time does not (it leaves out the collector's and the compiler's threads).
 *
 * <pre>java -Xmx1g -cp bench/target/maillon-benchmarks.jar org.maillon.bench.DiagnosisCpuTime [PEOPLE] [RUNS]</pre>
 */
public final class DiagnosisCpuTime {

  private DiagnosisCpuTime() {}

  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    Organization organization = SyntheticOrganization.generate(people, 1);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpu = new double[runs];
    double[] wall = new double[runs];
    for (int run = -runs; run < runs; run++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      DiagnosisJson.write(DiagnosisEngine.diagnose(organization), Writer.nullWriter(), true, Locale.ENGLISH);
      if (run >= 0) {
        cpu[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        wall[run] = (System.nanoTime() - wallStart) / 1e6;
      }
    }
    System.out.printf(Locale.ROOT, "%,d people, %d runs after %d warm-up runs: median CPU %.0f ms, median wall %.0f ms%n",
        people, runs, runs, median(cpu), median(wall));
  }

  /** The median, the mean of the two middle values for an even count. */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
