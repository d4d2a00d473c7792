package org.maillon.bench;

import java.util.concurrent.TimeUnit;
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
 * The compared figures (depths, layers, spans, hops of every team and person, reach of the front
 * line) by Maillon and by JGraphT in the same JMH run; JGraphT's figures are checked equal to
 * Maillon's in the setup, before any measurement. PostgreSQL and networkx run in
 * {@link CompareFigures}, being outside the JVM. The heap is touched at start: otherwise a 4 GB
 * heap pays page faults until its first collection, a slow mode that lasted whole forks at 100k.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g", "-XX:+AlwaysPreTouch"})
public class AlternativesBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int people;

  private Organization organization;
  private GraphData data;

  @Setup
  public void generateAndCheck() {
    organization = SyntheticOrganization.generate(people, 1);
    data = GraphData.of(organization);
    JGraphTFigures.compute(data).checkEqualTo(MaillonFigures.figures(MaillonFigures.compute(organization), data), "JGraphT");
  }

  @Benchmark
  public MaillonFigures.Computed maillon() {
    return MaillonFigures.compute(organization);
  }

  @Benchmark
  public Figures jgrapht() {
    return JGraphTFigures.compute(data);
  }
}
