package org.maillon.server.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Supplier;
import org.thymeleaf.standard.serializer.IStandardJavaScriptSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one writer of the JSON that pages carry in {@code <script type="application/json">} blocks
 * ({@code th:inline="javascript"}). A name such as {@code <!--<script>} or {@code </script>} must not
 * let the HTML parser leave the block, and U+2028/U+2029 must not end a line of script: so
 * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are written as {@code \}{@code uXXXX}. They can
 * only occur inside JSON strings, where the escape means the same character to {@code JSON.parse}.
 */
final class EmbeddedJson implements IStandardJavaScriptSerializer {

  private final Supplier<JsonMapper> json;

  EmbeddedJson(Supplier<JsonMapper> json) {
    this.json = json;
  }

  /** The JSON of a value, safe to put inside a script element of an HTML page. */
  String write(Object value) {
    return escape(json.get().writeValueAsString(value));
  }

  @Override
  public void serializeValue(Object value, Writer writer) {
    try {
      writer.write(write(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escape(String json) {
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
