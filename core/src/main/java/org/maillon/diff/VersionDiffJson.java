package org.maillon.diff;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.diagnosis.Finding;
import org.maillon.diff.ModelChanges.FieldChange;
import org.maillon.diff.ModelChanges.KindChanges;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of a {@link VersionDiff}, the one contract of {@code maillon diff} and of the server's
 * version history: one object per kind of entity ({@code added}, {@code removed}, {@code changed}),
 * then {@code figures} nested as the summary diagnosis nests them, each {@code {before, after}},
 * then {@code index}, the customer-centricity index the model alone gives, {@code before} and
 * {@code after} with its {@code components}, each a {@code value} and {@code points} as
 * {@code {before, after}}, then {@code findings} {@code appeared} and {@code disappeared} as the
 * diagnosis JSON writes them.
 */
public final class VersionDiffJson {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private VersionDiffJson() {}

  /** @param out flushed, left open */
  public static void write(VersionDiff diff, Writer out, Locale locale) {
    try (JsonGenerator json = MAPPER.createGenerator(out)) {
      json.writeStartObject();
      for (KindChanges kind : diff.changes().kinds()) {
        kind(json, kind);
      }
      json.writeName("figures");
      json.writePOJO(nested(diff.figures()));
      index(json, diff.index());
      json.writeObjectPropertyStart("findings");
      findings(json, "appeared", diff.appeared(), locale);
      findings(json, "disappeared", diff.disappeared(), locale);
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  private static void kind(JsonGenerator json, KindChanges kind) {
    json.writeObjectPropertyStart(kind.kind());
    json.writeName("added");
    json.writePOJO(kind.added());
    json.writeName("removed");
    json.writePOJO(kind.removed());
    json.writeArrayPropertyStart("changed");
    for (FieldChange change : kind.changed()) {
      Map<String, Object> written = new LinkedHashMap<>(change.key());
      written.put("field", change.field());
      written.put("before", change.before());
      written.put("after", change.after());
      json.writePOJO(written);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void index(JsonGenerator json, IndexChange index) {
    json.writeObjectPropertyStart("index");
    json.writePOJOProperty("before", index.index().before());
    json.writePOJOProperty("after", index.index().after());
    json.writeName("components");
    json.writePOJO(nested(index.components()).getOrDefault("index", Map.of()));
    json.writeEndObject();
  }

  private static Map<String, Object> nested(List<FigureChange> figures) {
    Map<String, Object> root = new LinkedHashMap<>();
    for (FigureChange figure : figures) {
      Map<String, Object> parent = root;
      for (String name : figure.path().subList(0, figure.path().size() - 1)) {
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) parent.computeIfAbsent(name, n -> new LinkedHashMap<>());
        parent = child;
      }
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("before", figure.before());
      values.put("after", figure.after());
      parent.put(figure.path().get(figure.path().size() - 1), values);
    }
    return root;
  }

  private static void findings(JsonGenerator json, String name, List<Finding> findings, Locale locale) {
    json.writeArrayPropertyStart(name);
    DiagnosisJson.writeFindings(json, findings, locale);
    json.writeEndArray();
  }
}
