package org.maillon.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables of {@code docs/security.md} that say what each kind of user gets from each endpoint:
 * every table whose first column is {@code endpoint}, one row per {@code `METHOD /path`}, one
 * column per kind of user (the columns after the first, up to {@code what}).
 */
record AuthorizationTable(List<String> users, List<Row> rows) {

  static final Path DOCUMENT = Path.of("../docs/security.md");
  static final Set<String> OUTCOMES = Set.of("allowed", "401", "403", "sign-in", "own", "summary", "lead");
  private static final Pattern ENDPOINT = Pattern.compile("`([A-Z]+) (/\\S*)`");

  /** One endpoint and what each kind of user gets from it. */
  record Row(String endpoint, String method, String path, Map<String, String> outcomes) {}

  static AuthorizationTable read() throws IOException {
    List<String> users = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> header = null;
    for (String line : Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8)) {
      List<String> cells = cells(line);
      if (cells.isEmpty()) {
        header = null;
      } else if (cells.get(0).equals("endpoint")) {
        header = cells.subList(1, cells.contains("what") ? cells.indexOf("what") : cells.size());
        if (users.isEmpty()) {
          users.addAll(header);
        } else if (!users.equals(header)) {
          problems.add("columns " + header + " differ from the first table's " + users);
        }
      } else if (header != null && !cells.get(0).startsWith("---")) {
        rows.add(row(cells, header, problems));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(DOCUMENT + ": " + String.join("; ", problems));
    }
    return new AuthorizationTable(List.copyOf(users), List.copyOf(rows));
  }

  private static Row row(List<String> cells, List<String> header, List<String> problems) {
    Matcher endpoint = ENDPOINT.matcher(cells.get(0));
    if (!endpoint.matches()) {
      problems.add("'" + cells.get(0) + "' is not `METHOD /path`");
    }
    Map<String, String> outcomes = new LinkedHashMap<>();
    for (int column = 0; column < header.size(); column++) {
      String outcome = column + 1 < cells.size() ? cells.get(column + 1) : "";
      if (!OUTCOMES.contains(outcome)) {
        problems.add(cells.get(0) + ": '" + outcome + "' for " + header.get(column) + " is none of " + OUTCOMES);
      }
      outcomes.put(header.get(column), outcome);
    }
    String method = endpoint.matches() ? endpoint.group(1) : "";
    String path = endpoint.matches() ? endpoint.group(2) : "";
    return new Row(method + " " + path, method, path, outcomes);
  }

  private static List<String> cells(String line) {
    String trimmed = line.trim();
    if (!trimmed.startsWith("|")) {
      return List.of();
    }
    List<String> cells = new ArrayList<>();
    for (String cell : trimmed.substring(1).split("\\|", -1)) {
      cells.add(cell.trim());
    }
    if (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }
}
