package org.maillon.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.model.Organization;
import org.maillon.scenario.Scenario;
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
 * A what-if at scale (issue 16: ≤ 150 ms at 100k people, ≤ 1 s at 1M): a delayering scenario
 * applied to an organisation in memory, alone and followed by the diagnosis of the result, beside
 * the diagnosis of the organisation itself, in the same run so that they compare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class WhatIfBenchmark {

  @Param({"100000", "1000000"})
  public int people;

  /** The layer removed: depth 3, mid-way down the synthetic organisation's hierarchy. */
  @Param({"3"})
  public int depth;

  private Organization organization;
  private Scenario scenario;

  @Setup
  public void generate() {
    organization = SyntheticOrganization.generate(people, 1);
    String file = "operations:\n  - removeLayer: " + depth + "\n";
    scenario = Scenario.read("delayering.yaml", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
        Locale.ENGLISH);
  }

  @Benchmark
  public Organization apply() {
    return scenario.applyTo(organization);
  }

  @Benchmark
  public Diagnosis applyAndDiagnose() {
    return DiagnosisEngine.diagnose(scenario.applyTo(organization));
  }

  @Benchmark
  public Diagnosis diagnoseAsIs() {
    return DiagnosisEngine.diagnose(organization);
  }
}
