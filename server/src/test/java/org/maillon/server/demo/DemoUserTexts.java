package org.maillon.server.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the demo's users wrote, in French or in English as its history mixes them: verbatims,
 * conversation notes, card entries, contacts' names and the users' own names. Pages show them as
 * written, whatever the page's language, so a vocabulary check sets them aside.
 */
public final class DemoUserTexts {

  private DemoUserTexts() {}

  public static List<String> all() {
    return Stream.of(DemoTexts.CLIENT_CONTACTS.stream().flatMap(contact -> Stream.of(contact + " (client)",
        contact + " (customer)", contact)), DemoTexts.CONVERSATION_NOTES_FR.stream(),
        DemoTexts.CONVERSATION_NOTES_EN.stream(), entries(), verbatims("/demo/verbatims_fr.txt"),
        verbatims("/demo/verbatims_en.txt"), Stream.of("demo", "admin", "manager", "member"))
        .flatMap(texts -> texts).toList();
  }

  private static Stream<String> entries() {
    return Stream.concat(DemoTexts.ENTRIES_FR.values().stream(), DemoTexts.ENTRIES_EN.values().stream())
        .flatMap(List::stream).flatMap(List::stream);
  }

  private static Stream<String> verbatims(String resource) {
    try (InputStream in = DemoUserTexts.class.getResourceAsStream(resource)) {
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.substring(line.indexOf('|') + 1).strip()).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
