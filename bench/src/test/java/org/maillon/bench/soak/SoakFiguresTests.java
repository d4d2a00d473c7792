package org.maillon.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoakFiguresTests {

  private static final String HEAP_INFO = """
      12345:
       garbage-first heap   total 163840K, used 40221K [0x0000000700000000, 0x0000000800000000)
        region size 1024K, 1 young (1024K), 0 survivors (0K)
       Metaspace       used 71234K, committed 72000K, reserved 1114112K
        class space    used 9000K, committed 9500K, reserved 1048576K
      """;

  @Test
  void readsTheHeapAndMetaspaceOfJcmd() {
    assertThat(MemorySampler.heap(HEAP_INFO)).containsExactly(160.0, 40221 / 1024.0);
    assertThat(MemorySampler.metaspace(HEAP_INFO)).isEqualTo(71234 / 1024.0);
    assertThat(MemorySampler.heap("12345:\nCould not attach")).containsExactly(-1, -1);
  }

  @Test
  void readsFieldsOfProcStatus() {
    String status = "Name:\tjava\nVmRSS:\t  345678 kB\nThreads:\t44\n";
    assertThat(MemorySampler.statusField(status, "VmRSS")).isEqualTo(345678);
    assertThat(MemorySampler.statusField(status, "Threads")).isEqualTo(44);
    assertThat(MemorySampler.statusField(status, "VmSwap")).isEqualTo(-1);
  }

  @Test
  void percentilesAreNearestRanks() {
    long[] micros = new long[100];
    for (int i = 0; i < 100; i++) {
      micros[i] = (i + 1) * 1000L;
    }
    assertThat(Series.percentile(micros, 50)).isEqualTo(50.0);
    assertThat(Series.percentile(micros, 99)).isEqualTo(99.0);
    assertThat(Series.percentile(new long[] {7000}, 95)).isEqualTo(7.0);
  }

  @Test
  void memoryIsFlatUpToTenPercentBetweenTheFirstAndLastThirdsBaselineLeftOut() {
    assertThat(MemoryTrend.of(heaps(10, 40, 41, 40, 42, 43, 42, 43, 44, 43), 270).flat()).isTrue();
    MemoryTrend growing = MemoryTrend.of(heaps(10, 40, 41, 42, 45, 47, 48, 50, 52, 54), 270);
    assertThat(growing.flat()).isFalse();
    assertThat(growing.firstThird()).isEqualTo(41);
    assertThat(growing.lastThird()).isEqualTo(51);
  }

  /** Samples 30 s apart from 0, the first one taken before the traffic. */
  private static List<MemorySampler.Sample> heaps(double... mib) {
    List<MemorySampler.Sample> samples = new ArrayList<>();
    for (int i = 0; i < mib.length; i++) {
      samples.add(new MemorySampler.Sample(i * 30, mib[i], 0, 0, 0, 0, 0, 0, 0));
    }
    return samples;
  }
}
