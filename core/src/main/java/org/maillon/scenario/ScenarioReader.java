package org.maillon.scenario;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillon.modelfile.TreeFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads a scenario file's token stream, YAML or JSON, with the model's own parsers: a name, then
 * the list of operations, each a map of one entry, the operation's name to its fields. Every wrong
 * shape, unknown name or missing field is reported where it stands and the reading goes on; a
 * malformed file stops at the parser's location.
 */
final class ScenarioReader {

  private final JsonParser parser;
  private final ScenarioProblems problems;
  private final List<Operation> operations = new ArrayList<>();
  private String name;

  private ScenarioReader(JsonParser parser, ScenarioProblems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /** The scenario's name (may be null) and operations, as far as they could be read. */
  static Scenario read(TreeFormat format, InputStream in, ScenarioProblems problems) {
    try (JsonParser parser = format.parser(in)) {
      ScenarioReader reader = new ScenarioReader(parser, problems);
      reader.read();
      return new Scenario(reader.name, reader.operations, problems);
    }
  }

  private void read() {
    try {
      parser.nextToken();
      if (!expect(JsonToken.START_OBJECT, "shape.map")) {
        return;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        Place keyAt = here();
        parser.nextToken();
        switch (key) {
          case "name" -> name = scalar();
          case "operations" -> readOperations();
          default -> unknown(keyAt, key);
        }
      }
    } catch (JacksonException e) {
      TokenStreamLocation location = e.getLocation();
      problems.add(location == null ? here() : at(location), "file.malformed", e.getOriginalMessage().lines()
          .findFirst().orElse(""));
    }
  }

  private void readOperations() {
    if (!expect(JsonToken.START_ARRAY, "shape.list")) {
      return;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Place place = here();
      if (!expect(JsonToken.START_OBJECT, "shape.operation")) {
        continue;
      }
      int entries = 0;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        if (++entries > 1) {
          problems.add(place, "shape.operation");
          parser.skipChildren();
          continue;
        }
        Optional<OperationKind> kind = OperationKind.of(key);
        if (kind.isEmpty()) {
          problems.add(place, "operation.unknown", key);
          parser.skipChildren();
        } else {
          Operation operation = kind.get().build(fields(kind.get(), place));
          if (operation != null) {
            operations.add(operation);
          }
        }
      }
    }
  }

  /** The operation's fields: a map of values, or a value alone for an operation of one field. */
  private OperationKind.Fields fields(OperationKind kind, Place place) {
    Map<String, String> values = new HashMap<>();
    Map<String, Place> places = new HashMap<>();
    OperationKind.Fields fields = new OperationKind.Fields(place, values, places, problems);
    if (parser.currentToken().isScalarValue() && kind.alone().isPresent()) {
      places.put(kind.alone().get(), here());
      values.put(kind.alone().get(), scalar());
      return fields;
    }
    if (expect(JsonToken.START_OBJECT, "shape.map")) {
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        Place keyAt = here();
        parser.nextToken();
        if (kind.knows(key)) {
          places.put(key, here());
          values.put(key, scalar());
        } else {
          unknown(keyAt, key);
        }
      }
    }
    return fields;
  }

  private void unknown(Place at, String key) {
    problems.add(at, "field.unknown", key);
    parser.skipChildren();
  }

  private String scalar() {
    JsonToken token = parser.currentToken();
    if (token.isScalarValue()) {
      return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }
    problems.add(here(), "shape.text");
    parser.skipChildren();
    return null;
  }

  private boolean expect(JsonToken expected, String problem) {
    if (parser.currentToken() == expected) {
      return true;
    }
    problems.add(here(), problem);
    parser.skipChildren();
    return false;
  }

  private Place here() {
    return at(parser.currentTokenLocation());
  }

  private static Place at(TokenStreamLocation location) {
    return location.getLineNr() < 1 ? new Place(0, 0) : new Place(location.getLineNr(),
        Math.max(0, location.getColumnNr()));
  }
}
