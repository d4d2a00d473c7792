package org.maillon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.maillon.diagnosis.Diagnosis;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code me} and {@code team} share: an id, a model, text or JSON, and the same way of saying
 * that an id is unknown. Each command only says which card it builds and how it reads as text.
 */
abstract class CardCommand<C> {

  enum Format { TEXT, JSON }

  /**
   * The mapper of the JSON cards, built on first use: picocli makes every command at start, and a
   * mapper's first build takes a fifth of a second that {@code diagnose} would pay for nothing.
   */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Parameters(index = "1", paramLabel = "MODEL", description = "The organisation model (YAML, JSON, or a CSV folder or zip).")
  Path model;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format;

  /** The id asked for, whose parameter each command names in its own words. */
  abstract String id();

  /** Builds the card, renders it, or fails with exit 2 naming close ids when the id is unknown. */
  int show(BiFunction<Diagnosis, String, Optional<C>> card, Function<Diagnosis, Iterable<String>> ids,
      String unknownKey, BiFunction<C, Messages, String> text) {
    Messages messages = common.messages();
    PrintWriter out = spec.commandLine().getOut();
    Diagnosis diagnosis = ModelInput.diagnose(model, common, spec.commandLine().getErr());
    C found = card.apply(diagnosis, id()).orElseThrow(() -> unknown(messages, unknownKey, ids.apply(diagnosis)));
    out.println(format == Format.JSON ? Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(found)
        : text.apply(found, messages));
    out.flush();
    return 0;
  }

  private UserError unknown(Messages messages, String key, Iterable<String> ids) {
    var close = Suggestions.close(id(), ids);
    String message = messages.get(key, id());
    return new UserError(close.isEmpty() ? message : message + " " + messages.get("error.didYouMean", String.join(", ", close)));
  }
}
