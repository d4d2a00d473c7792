package org.maillon.reference;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares the engine's diagnosis document with the reference one, field for field, and lists every
 * difference with its JSON path, so that a failing property says exactly what disagrees. Field
 * names must match in order; integers must be integers; other numbers agree within 1e-9; findings
 * are compared on code, severity and subject, in order, and each must carry a non-empty message.
 */
final class JsonDifferences {

  static final double TOLERANCE = 1e-9;

  private final List<String> differences = new ArrayList<>();

  private JsonDifferences() {}

  /** Every difference between the expected (reference) and actual (engine) documents; empty when equal. */
  static List<String> between(JsonNode expected, JsonNode actual) {
    JsonDifferences comparison = new JsonDifferences();
    comparison.compare("$", expected, comparison.withoutMessages(actual));
    return comparison.differences;
  }

  /** A copy of the document whose findings lost their message, after checking each message is there. */
  private JsonNode withoutMessages(JsonNode actual) {
    JsonNode copy = actual.deepCopy();
    JsonNode findings = copy.get("findings");
    if (findings == null || !findings.isArray()) {
      return copy;
    }
    for (int i = 0; i < findings.size(); i++) {
      JsonNode finding = findings.get(i);
      JsonNode message = finding.get("message");
      if (message == null || !message.isString() || message.stringValue().isBlank()
          || message.stringValue().matches("(?s).*\\{\\d.*")) {
        differences.add("$.findings[" + i + "].message: expected a non-empty, formatted string, actual " + message);
      }
      if (finding.isObject()) {
        ((ObjectNode) finding).remove("message");
      }
    }
    return copy;
  }

  private void compare(String path, JsonNode expected, JsonNode actual) {
    if (expected.isObject()) {
      compareObjects(path, expected, actual);
    } else if (expected.isArray()) {
      compareArrays(path, expected, actual);
    } else if (expected.isNumber()) {
      compareNumbers(path, expected, actual);
    } else if (!expected.equals(actual)) {
      differ(path, expected, actual);
    }
  }

  private void compareObjects(String path, JsonNode expected, JsonNode actual) {
    if (!actual.isObject()) {
      differ(path, expected, actual);
      return;
    }
    List<String> expectedNames = List.copyOf(expected.propertyNames());
    List<String> actualNames = List.copyOf(actual.propertyNames());
    if (!expectedNames.equals(actualNames)) {
      differences.add(path + " fields: expected " + expectedNames + ", actual " + actualNames);
    }
    for (String name : expectedNames) {
      if (actual.has(name)) {
        compare(path + "." + name, expected.get(name), actual.get(name));
      }
    }
  }

  private void compareArrays(String path, JsonNode expected, JsonNode actual) {
    if (!actual.isArray()) {
      differ(path, expected, actual);
      return;
    }
    if (expected.size() != actual.size()) {
      differences.add(path + " size: expected " + expected.size() + ", actual " + actual.size()
          + "\n    expected " + expected + "\n    actual   " + actual);
      return;
    }
    for (int i = 0; i < expected.size(); i++) {
      compare(path + "[" + i + "]", expected.get(i), actual.get(i));
    }
  }

  private void compareNumbers(String path, JsonNode expected, JsonNode actual) {
    if (expected.isIntegralNumber()) {
      if (!actual.isIntegralNumber() || actual.longValue() != expected.longValue()) {
        differ(path, expected, actual);
      }
    } else if (!actual.isNumber() || Math.abs(actual.doubleValue() - expected.doubleValue()) > TOLERANCE) {
      differ(path, expected, actual);
    }
  }

  private void differ(String path, JsonNode expected, JsonNode actual) {
    differences.add(path + ": expected " + expected + ", actual " + actual);
  }
}
