package org.maillon.diff;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every number of two summary diagnoses side by side, read from the summary JSON itself so that a
 * figure added to the summary is compared without another line here. Time linear in the summary's
 * size (the findings left out).
 */
final class Figures {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Figures() {}

  /** In the newer summary's order, then the figures only the older has. */
  static List<FigureChange> between(Diagnosis before, Diagnosis after) {
    Map<List<String>, Number> older = numbers(before);
    Map<List<String>, Number> newer = numbers(after);
    List<FigureChange> figures = new ArrayList<>();
    newer.forEach((path, value) -> figures.add(new FigureChange(path, older.get(path), value)));
    older.forEach((path, value) -> {
      if (!newer.containsKey(path)) {
        figures.add(new FigureChange(path, value, null));
      }
    });
    return figures;
  }

  private static Map<List<String>, Number> numbers(Diagnosis diagnosis) {
    StringWriter json = new StringWriter();
    DiagnosisJson.writeFigures(diagnosis, json);
    Map<List<String>, Number> numbers = new LinkedHashMap<>();
    collect(MAPPER.readTree(json.toString()), new ArrayList<>(), numbers);
    return numbers;
  }

  private static void collect(JsonNode node, List<String> path, Map<List<String>, Number> numbers) {
    if (node.isNumber()) {
      numbers.put(List.copyOf(path), node.numberValue());
    } else if (node.isArray()) {
      numbers.put(List.copyOf(path), node.size());
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        path.add(property.getKey());
        collect(property.getValue(), path, numbers);
        path.remove(path.size() - 1);
      }
    }
  }
}
