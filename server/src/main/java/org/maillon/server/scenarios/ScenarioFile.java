package org.maillon.server.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of a scenario file, changed one operation at a time as the scenario page drafts it: an
 * operation added at the end, the last one taken back. What it writes is read again by the core's
 * scenario reader before it is saved.
 */
public final class ScenarioFile {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ScenarioFile() {}

  /** A file with a name and no operation. */
  static String empty(String name) {
    ObjectNode file = JSON.createObjectNode();
    file.put("name", name);
    file.putArray("operations");
    return JSON.writeValueAsString(file);
  }

  /** The file with one more operation: {@code {operation: {field: value…}}}, the fields in the order given. */
  public static String adding(String file, String operation, Map<String, ?> fields) {
    ObjectNode tree = (ObjectNode) JSON.readTree(file);
    ObjectNode added = operations(tree).addObject().putObject(operation);
    fields.forEach((field, value) -> added.set(field, JSON.valueToTree(value)));
    return JSON.writeValueAsString(tree);
  }

  /** The file without its last operation, or as it is when it has none. */
  public static String withoutLast(String file) {
    ObjectNode tree = (ObjectNode) JSON.readTree(file);
    ArrayNode operations = operations(tree);
    if (!operations.isEmpty()) {
      operations.remove(operations.size() - 1);
    }
    return JSON.writeValueAsString(tree);
  }

  /** The operations, each said as its name and fields ("removeManager person=p-0014"), for a page to list. */
  public static List<JsonNode> operations(String file) {
    List<JsonNode> all = new ArrayList<>();
    operations((ObjectNode) JSON.readTree(file)).forEach(all::add);
    return all;
  }

  private static ArrayNode operations(ObjectNode tree) {
    JsonNode operations = tree.get("operations");
    return operations instanceof ArrayNode array ? array : tree.putArray("operations");
  }
}
