package org.maillon.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.maillon.model.Organization;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.modelfile.TreeFormat;

/**
 * A what-if scenario: operations read from a YAML or JSON file, to apply in order to an
 * organisation. Reading refuses a file that states an operation wrongly; applying refuses a
 * scenario an operation of which cannot apply to that organisation. Either way every problem is
 * listed at once, located in the scenario file and worded in the user's language, and nothing is
 * applied — as a rejected model.
 */
public final class Scenario {

  private final String name;
  private final List<Operation> operations;
  private final ScenarioProblems read;

  Scenario(String name, List<Operation> operations, ScenarioProblems read) {
    this.name = name;
    this.operations = List.copyOf(operations);
    this.read = read;
  }

  /**
   * Reads a {@code .yaml}, {@code .yml} or {@code .json} scenario file.
   *
   * @throws ModelRejectedException listing every problem of the file
   */
  public static Scenario read(Path path, Locale locale) {
    String file = path.toString();
    ScenarioProblems problems = new ScenarioProblems(file, locale);
    try (InputStream in = Files.newInputStream(path)) {
      return read(file, in, problems);
    } catch (NoSuchFileException e) {
      problems.add(new Place(0, 0), "file.notFound");
    } catch (IOException e) {
      problems.add(new Place(0, 0), "file.unreadable", e.getMessage());
    }
    problems.throwIfAny();
    throw new IllegalStateException("a scenario that could not be read has a problem");
  }

  /**
   * Reads a scenario held in memory, its format given by the extension of {@code fileName}.
   *
   * @throws ModelRejectedException listing every problem of the file
   */
  public static Scenario read(String fileName, InputStream in, Locale locale) {
    return read(fileName, in, new ScenarioProblems(fileName, locale));
  }

  private static Scenario read(String file, InputStream in, ScenarioProblems problems) {
    String lower = file.toLowerCase(Locale.ROOT);
    TreeFormat format = lower.endsWith(".json") ? TreeFormat.JSON
        : lower.endsWith(".yaml") || lower.endsWith(".yml") ? TreeFormat.YAML : null;
    if (format == null) {
      problems.add(new Place(0, 0), "format.unknown");
      problems.throwIfAny();
    }
    Scenario scenario = ScenarioReader.read(format, in, problems);
    problems.throwIfAny();
    return scenario;
  }

  /** The name the file gives the scenario, or null. */
  public String name() {
    return name;
  }

  public int size() {
    return operations.size();
  }

  /**
   * The organisation once every operation applied, in order; time linear in its size per
   * operation. The organisation must be valid (read by {@code ModelFiles}); so is the result.
   *
   * @throws ModelRejectedException listing every operation that cannot apply
   */
  public Organization applyTo(Organization organization) {
    ScenarioProblems problems = read.fresh();
    Working working = new Working(organization, problems);
    operations.forEach(working::apply);
    problems.throwIfAny();
    return working.result();
  }
}
