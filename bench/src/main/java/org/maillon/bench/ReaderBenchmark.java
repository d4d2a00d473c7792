package org.maillon.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.maillon.model.Organization;
import org.maillon.modelfile.LoadedModel;
import org.maillon.modelfile.ModelFiles;
import org.maillon.modelfile.ModelWriter;
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
 * Each reader, validation included, on a generated model written in its format (a CSV folder for csv,
 * a workbook of one sheet per CSV file for xlsx).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class ReaderBenchmark {

  @Param({"yaml", "json", "csv", "xlsx"})
  public String format;

  @Param({"100000"})
  public int people;

  private Path model;

  @Setup
  public void write() throws IOException {
    Organization organization = SyntheticOrganization.generate(people, 1);
    Path folder = Files.createTempDirectory("reader-benchmark");
    model = folder.resolve(format.equals("csv") ? "model" : "model." + format);
    if (format.equals("csv")) {
      ModelWriter.writeCsv(organization, model);
      return;
    }
    if (format.equals("xlsx")) {
      try (OutputStream out = Files.newOutputStream(model)) {
        ModelWriter.writeXlsx(organization, out);
      }
      return;
    }
    try (Writer out = Files.newBufferedWriter(model, StandardCharsets.UTF_8)) {
      if (format.equals("yaml")) {
        ModelWriter.writeYaml(organization, out);
      } else {
        ModelWriter.writeJson(organization, out);
      }
    }
  }

  @Benchmark
  public LoadedModel read() {
    return ModelFiles.read(model, Locale.ENGLISH);
  }
}
