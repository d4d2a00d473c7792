package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates keep to what the Content Security Policy lets run (docs/security.md): scripts from
 * files only, data in JSON blocks written by {@link EmbeddedJson}, no event handler, no
 * {@code javascript:} link, no inline style. The browser tests find a violation on the pages they
 * visit; this finds it in every template, visited or not.
 */
class PagesWithoutInlineCodeTests {

  static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
  static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);
  static final Pattern JSON_BLOCK = Pattern.compile(
      "\\s+type=\"application/json\"\\s+(id=\"[a-z0-9-]+\"|th:id=\"\\$\\{\\w+ \\+ '-[a-z]+'}\")\\s+th:inline=\"javascript\"\\s*");
  static final Pattern FORBIDDEN = Pattern.compile(
      "<style\\b|\\sstyle=|th:style=|\\s(th:)?on[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);

  @Test
  void scriptsComeFromFilesAndDataFromJsonBlocksOnly() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      String html = Files.readString(template);
      Matcher script = SCRIPT.matcher(html);
      while (script.find()) {
        boolean file = script.group(1).matches("\\s+th:src=\"@\\{[^\"]+\\}\"") && script.group(2).isBlank();
        boolean data = JSON_BLOCK.matcher(script.group(1)).matches() && script.group(2).matches("\\[\\[\\$\\{\\w+}]]");
        if (!file && !data) {
          problems.add(TEMPLATES.relativize(template) + ": " + script.group());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noTemplateHasAnEventHandlerAJavascriptLinkOrAnInlineStyle() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path template : templates()) {
      Matcher forbidden = FORBIDDEN.matcher(Files.readString(template));
      while (forbidden.find()) {
        problems.add(TEMPLATES.relativize(template) + ": " + forbidden.group().trim());
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      List<Path> html = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
      assertThat(html).isNotEmpty();
      return html;
    }
  }
}
