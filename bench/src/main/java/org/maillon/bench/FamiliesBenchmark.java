package org.maillon.bench;

import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.graph.OrgGraph;
import org.maillon.hierarchy.Hierarchy;
import org.maillon.model.Organization;
import org.maillon.synthetic.SyntheticOrganization;
import org.maillon.valuechain.ValueChain;
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
 * The cost of each family of figures, to see where a diagnosis spends its time: compiling the
 * model into arrays ({@link OrgGraph}), the hierarchy, the value chain, and the findings with the
 * summary JSON (a diagnosis already made, written again). The findings alone are not public API;
 * the full diagnosis less the three families gives them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class FamiliesBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int people;

  private Organization organization;
  private OrgGraph graph;
  private Diagnosis diagnosis;

  @Setup
  public void generate() {
    organization = SyntheticOrganization.generate(people, 1);
    graph = OrgGraph.of(organization);
    diagnosis = DiagnosisEngine.diagnose(organization);
  }

  @Benchmark
  public OrgGraph orgGraph() {
    return OrgGraph.of(organization);
  }

  @Benchmark
  public Hierarchy hierarchy() {
    return Hierarchy.of(graph, organization.settings().targetSpan(),
        organization.settings().maxSpan());
  }

  @Benchmark
  public ValueChain valueChain() {
    return ValueChain.of(graph);
  }

  @Benchmark
  public Diagnosis summaryJson() {
    DiagnosisJson.write(diagnosis, Writer.nullWriter(), true, Locale.ENGLISH);
    return diagnosis;
  }
}
