package org.maillon.bench;

import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.model.Organization;
import org.maillon.synthetic.SyntheticOrganization;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full diagnosis of an organisation already in memory: the engine alone, and as {@code diagnose
 * --summary --format json} does it, the engine then the summary JSON written to a writer that drops
 * it. Run with a 1 GB heap, the target, and the throughput collector the command line
 * uses, the heap touched at start so that no iteration pays its first page faults; {@code -prof
 * gc} gives the bytes allocated per diagnosis.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g", "-XX:+UseParallelGC", "-XX:+AlwaysPreTouch"})
public class DiagnosisBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int people;

  private Organization organization;

  @Setup
  public void generate() {
    organization = SyntheticOrganization.generate(people, 1);
  }

  /** The engine alone: figures and findings, without rendering them. */
  @Benchmark
  public Diagnosis diagnose() {
    return DiagnosisEngine.diagnose(organization);
  }

  @Benchmark
  public Diagnosis diagnoseAndWriteSummary() {
    Diagnosis diagnosis = DiagnosisEngine.diagnose(organization);
    DiagnosisJson.write(diagnosis, Writer.nullWriter(), true, Locale.ENGLISH);
    return diagnosis;
  }
}
