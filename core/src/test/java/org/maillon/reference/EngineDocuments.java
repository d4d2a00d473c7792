package org.maillon.reference;

import java.io.StringWriter;
import java.util.Locale;
import org.maillon.diagnosis.DiagnosisEngine;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.model.Organization;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the engine under test the way the CLI does, diagnosis then streamed JSON, and parses the text
 * back (rejecting duplicate fields), so that properties judge the bytes users get.
 */
final class EngineDocuments {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private EngineDocuments() {}

  static String text(Organization organization, boolean summary, Locale locale) {
    StringWriter out = new StringWriter();
    DiagnosisJson.write(DiagnosisEngine.diagnose(organization), out, summary, locale);
    return out.toString();
  }

  static JsonNode document(Organization organization, boolean summary, Locale locale) {
    return MAPPER.readTree(text(organization, summary, locale));
  }

  static JsonNode document(Organization organization) {
    return document(organization, false, Locale.ENGLISH);
  }
}
