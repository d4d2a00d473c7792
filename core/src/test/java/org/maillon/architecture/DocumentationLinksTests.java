package org.maillon.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation a clone holds must read on its own: every relative link of the READMEs and of
 * {@code docs/} resolves to a file of the repository, and to a heading of it when it names one. A
 * path in code that leaves the repository ({@code ../shared/DESIGN.md} once) fails too.
 */
class DocumentationLinksTests {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern CODE_PATH = Pattern.compile("`(\\.\\./[^`\\s]*)`");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  @Test
  void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("server/README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    assertThat(broken(ROOT, pages)).as("links that do not resolve in a clone").isEmpty();
  }

  @Test
  void findsLinksOutOfTheRepositoryToMissingFilesAndToMissingHeadings(@TempDir Path clone) throws IOException {
    Files.createDirectories(clone.resolve("repo/docs"));
    Files.writeString(clone.resolve("shared.md"), "# Shared\n");
    Files.writeString(clone.resolve("repo/docs/a.md"), "# A page\n## Sign-in: and accounts\n");
    Path readme = Files.writeString(clone.resolve("repo/README.md"), """
        - `../shared.md`: out of the repository, `./not-checked` and `docs/a.md` in code are not links.
        - [ok](docs/a.md), [ok](docs/a.md#sign-in-and-accounts), [ok](#top), [web](https://example.org/x.md)
        - [missing](docs/b.md), [no heading](docs/a.md#sign-in), [out](../shared.md)
        ```
        [in a fence](nowhere.md)
        ```
        # Top
        """);

    assertThat(broken(clone.resolve("repo"), List.of(readme))).containsExactly(
        "README.md: ../shared.md (no such file in the repository)",
        "README.md: docs/b.md (no such file in the repository)",
        "README.md: docs/a.md#sign-in (no such heading)",
        "README.md: ../shared.md (no such file in the repository)");
  }

  @Test
  void headingsGetTheAnchorsGitHubGivesThem() {
    assertThat(anchors("# Design\n## Diagnosis: exact definitions\n### Hierarchy (reporting lines, person → manager)\n"
        + "## Sign-in and accounts\n## The home page at 100,000 people\n## Sign-in and accounts\n## `code_name`\n"))
        .containsExactlyInAnyOrder("design", "diagnosis-exact-definitions", "hierarchy-reporting-lines-person--manager",
            "sign-in-and-accounts", "the-home-page-at-100000-people", "sign-in-and-accounts-1", "code_name");
  }

  /** Where the pages link to nothing in the repository, as {@code page: target (why)}. */
  private static List<String> broken(Path root, List<Path> pages) {
    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      String text = FENCE.matcher(read(page)).replaceAll("");
      Matcher paths = CODE_PATH.matcher(text);
      while (paths.find()) {
        check(root, page, paths.group(1), broken);
      }
      Matcher links = LINK.matcher(CODE_SPAN.matcher(text).replaceAll(""));
      while (links.find()) {
        check(root, page, links.group(1), broken);
      }
    }
    return broken;
  }

  private static void check(Path root, Path page, String target, List<String> broken) {
    if (SCHEME.matcher(target).find() || target.startsWith("//")) {
      return;
    }
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
    String where = root.relativize(page) + ": " + target;
    if (!resolved.startsWith(root) || !Files.exists(resolved)) {
      broken.add(where + " (no such file in the repository)");
    } else if (hash >= 0 && resolved.toString().endsWith(".md")
        && !anchors(read(resolved)).contains(target.substring(hash + 1))) {
      broken.add(where + " (no such heading)");
    }
  }

  /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
  private static Set<String> anchors(String markdown) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Matcher headings = HEADING.matcher(FENCE.matcher(markdown).replaceAll(""));
    while (headings.find()) {
      String slug = headings.group(1).toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "").replace(' ', '-');
      int count = seen.merge(slug, 1, Integer::sum);
      anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    return anchors;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
