package org.maillon.server.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small table of concepts that customers word differently, in French and English
 * ({@code themes/synonyms.txt}): « SAV », « service après-vente » and "after-sales" are one concept,
 * « devis » and "quote" another. Each line is {@code concept: wording, wording…}; a wording matches
 * as whole words, whatever the case, a hyphen standing for a space. Read once; immutable and
 * thread-safe. Finding the concepts of a text is linear in its length.
 */
final class Synonyms {

  /** How a concept's key starts, so that it never equals a stem. */
  static final String CONCEPT = "=";

  /** Where a concept is worded in a text. */
  record Match(int start, int end, String key) {}

  private final Pattern pattern;
  private final Map<String, String> concepts;

  private Synonyms(Map<String, String> concepts) {
    this.concepts = Map.copyOf(concepts);
    List<String> wordings = new ArrayList<>(concepts.keySet());
    wordings.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder any = new StringBuilder();
    for (String wording : wordings) {
      any.append(any.length() == 0 ? "" : "|")
          .append(String.join("[\\s\\-]+", List.of(wording.split(" ")).stream().map(Pattern::quote).toList()));
    }
    this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + any + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The table of {@code themes/synonyms.txt}. */
  static Synonyms load() {
    try (InputStream in = Synonyms.class.getResourceAsStream("/themes/synonyms.txt")) {
      if (in == null) {
        throw new IllegalStateException("themes/synonyms.txt is missing from the application");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("themes/synonyms.txt cannot be read", e);
    }
  }

  /** A table from its lines: {@code concept: wording, wording}; blank lines and {@code #} comments skipped. */
  static Synonyms parse(List<String> lines) {
    Map<String, String> concepts = new HashMap<>();
    for (String line : lines) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 1) {
        throw new IllegalArgumentException("A synonym line reads 'concept: wording, wording', not: " + line);
      }
      String key = CONCEPT + normal(line.substring(0, colon));
      concepts.put(normal(line.substring(0, colon)), key);
      for (String wording : line.substring(colon + 1).split(",")) {
        if (!wording.isBlank()) {
          concepts.put(normal(wording), key);
        }
      }
    }
    return new Synonyms(concepts);
  }

  /** The concepts worded in the text, in its order, none overlapping. */
  List<Match> find(String text) {
    List<Match> matches = new ArrayList<>();
    if (concepts.isEmpty()) {
      return matches;
    }
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      matches.add(new Match(matcher.start(), matcher.end(), concepts.get(normal(matcher.group()))));
    }
    return matches;
  }

  private static String normal(String wording) {
    return wording.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[\\s\\-]+", " ");
  }
}
