package org.maillon.modelfile;

import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The two tree formats, YAML and JSON, as Jackson streaming factories: one binder and one writer
 * serve both, so the formats cannot drift apart. Duplicate keys are rejected by the parser; a YAML
 * document may be as large as a million-person organisation needs. Public so that a scenario file
 * is read by the same parsers as the model it changes.
 */
public enum TreeFormat {
  YAML(YAMLFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .loadSettings(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
      .build()),
  JSON(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build());

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }
  };

  private final TokenStreamFactory factory;

  TreeFormat(TokenStreamFactory factory) {
    this.factory = factory;
  }

  /**
   * A parser of UTF-8 bytes, which refuses invalid ones at their line and column. YAML reaches
   * the scanner through a {@link WholeCodePointReader}, so that a character outside the Basic
   * Multilingual Plane never straddles the end of its buffer.
   */
  public JsonParser parser(InputStream in) {
    Reader text = new Utf8Reader(in);
    return factory.createParser(ObjectReadContext.empty(), this == YAML ? new WholeCodePointReader(text) : text);
  }

  JsonGenerator generator(Writer out) {
    return factory.createGenerator(this == JSON ? PRETTY : ObjectWriteContext.empty(), out);
  }
}
