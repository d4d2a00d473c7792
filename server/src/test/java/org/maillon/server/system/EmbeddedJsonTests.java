package org.maillon.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The JSON written into pages: the same value for JSON.parse, nothing the HTML parser could act on. */
class EmbeddedJsonTests {

  static final JsonMapper JSON = JsonMapper.builder().build();
  final EmbeddedJson embedded = new EmbeddedJson(() -> JSON);

  @ParameterizedTest
  @ValueSource(strings = {"<!--<script>", "</script><script>alert(1)</script>", "</SCRIPT >", "<!-- -->",
      "a & b > c", "line\u2028paragraph\u2029", "]]>", "<![CDATA[", "\"quoted\" \\ back"})
  void aNameThatCouldEndTheBlockIsWrittenEscapedAndReadsBackTheSame(String name) {
    String written = write(Map.of("nodes", List.of(Map.of("name", name))));

    assertThat(written).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(JSON.readTree(written).get("nodes").get(0).get("name").asString()).isEqualTo(name);
  }

  @Test
  void everyCharacterReadsBackTheSameAndNoneTheHtmlParserActsOnIsLeft() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isSurrogate(c)) {
        continue;
      }
      String name = "a" + c + "b";
      String written = write(List.of(name));
      assertThat(written).as("U+%04X", (int) c).doesNotContain("<", ">", "&", "\u2028", "\u2029");
      assertThat(JSON.readTree(written).get(0).asString()).as("U+%04X", (int) c).isEqualTo(name);
    }
  }

  @Test
  void aStringOutsideTheBasicPlaneReadsBackTheSame() {
    assertThat(JSON.readTree(write(List.of("équipe 🚚 <b>"))).get(0).asString()).isEqualTo("équipe 🚚 <b>");
  }

  private String write(Object value) {
    StringWriter out = new StringWriter();
    embedded.serializeValue(value, out);
    return out.toString();
  }
}
