package org.maillon.server.valuechain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maillon.valuechain.NodeKind;

/**
 * The pages' stylesheet colours the kinds of node (badges, legends) as the core's {@link NodeKind}
 * does for every drawing, the command line's report included: one colour scheme everywhere.
 */
class NodeKindPaletteTests {

  static final Pattern VARIABLE = Pattern.compile("--palette-([a-z-]+):\\s*([^;]+);");

  @Test
  void theStylesheetsKindColoursAreTheCores() throws IOException {
    Map<String, String> palette = palette();

    for (NodeKind kind : NodeKind.values()) {
      assertThat(palette.get("kind-" + kind.code())).as(kind.code()).isEqualToIgnoringCase(kind.colour());
    }
    assertThat(palette.get("red")).isEqualToIgnoringCase(NodeKind.APART_COLOUR);
  }

  /** The palette's variables of maillon.css, each {@code var(--palette-X)} replaced by X's value. */
  private static Map<String, String> palette() throws IOException {
    String css;
    try (InputStream in = NodeKindPaletteTests.class.getResourceAsStream("/static/css/maillon.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> values = new HashMap<>();
    Matcher matcher = VARIABLE.matcher(css);
    while (matcher.find()) {
      values.put(matcher.group(1), matcher.group(2).trim());
    }
    Map<String, String> resolved = new HashMap<>();
    values.forEach((name, value) -> resolved.put(name,
        value.startsWith("var(--palette-") ? values.get(value.substring(14, value.length() - 1)) : value));
    return resolved;
  }
}
