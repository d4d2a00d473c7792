package org.maillon.server.demo.verbatims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The phrasings of one language, by tone, read from a class-path file whose lines are
 * {@code tone|text} ({@code #} starts a comment line), so that the sentences can be edited without
 * touching code. Loading is linear in the file's length; an instance is immutable.
 */
final class Phrasings {

  private final Map<Tone, List<String>> byTone;

  private Phrasings(Map<Tone, List<String>> byTone) {
    this.byTone = byTone;
  }

  /** Reads {@code resource}, relative to this class's root of the class path. */
  static Phrasings load(String resource) {
    Map<Tone, List<String>> byTone = new EnumMap<>(Tone.class);
    for (Tone tone : Tone.values()) {
      byTone.put(tone, new ArrayList<>());
    }
    try (InputStream in = Phrasings.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The demo verbatims " + resource + " are missing from the class path");
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .forEach(line -> {
            int bar = line.indexOf('|');
            byTone.get(Tone.named(line.substring(0, bar))).add(line.substring(bar + 1).strip());
          });
    } catch (IOException e) {
      throw new UncheckedIOException("The demo verbatims " + resource + " cannot be read", e);
    }
    byTone.replaceAll((tone, texts) -> List.copyOf(texts));
    return new Phrasings(byTone);
  }

  /** The phrasings of a tone, in file order. */
  List<String> of(Tone tone) {
    return byTone.get(tone);
  }
}
