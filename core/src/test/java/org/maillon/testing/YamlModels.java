package org.maillon.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.maillon.model.Commitment;
import org.maillon.model.Expectation;
import org.maillon.model.FinalCustomer;
import org.maillon.model.Link;
import org.maillon.model.Organization;
import org.maillon.model.Partner;
import org.maillon.model.Person;
import org.maillon.model.Settings;
import org.maillon.model.Team;
import org.maillon.model.TeamKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A minimal YAML model reading for tests only, so that the example organisations of
 * {@code examples/} can be diagnosed before (and independently of) the real model readers. It does
 * not validate: the examples are generated valid.
 */
public final class YamlModels {

  private YamlModels() {}

  public static Organization read(Path file) {
    JsonNode root = YAMLMapper.builder().build().readTree(file.toFile());
    JsonNode span = root.at("/settings/targetSpan");
    return new Organization(
        text(root, "organization"),
        span.isMissingNode() ? Settings.DEFAULTS : new Settings(span.intValue()),
        list(root.get("customers"), n -> new FinalCustomer(text(n, "id"), text(n, "name"))),
        list(root.get("partners"), n -> new Partner(text(n, "id"), text(n, "name"))),
        list(root.get("teams"), YamlModels::team),
        list(root.get("people"), n -> new Person(text(n, "id"), text(n, "name"), text(n, "title"),
            text(n, "team"), text(n, "manager"))),
        list(root.get("links"), YamlModels::link));
  }

  private static Team team(JsonNode node) {
    String kind = text(node, "kind");
    TeamKind teamKind = kind == null ? null : TeamKind.fromCode(kind).orElseThrow();
    return new Team(text(node, "id"), text(node, "name"), teamKind, text(node, "function"), text(node, "lead"));
  }

  private static Link link(JsonNode node) {
    return new Link(text(node, "from"), text(node, "to"), text(node, "delivers"),
        list(node.get("expectations"), e -> new Expectation(text(e, "id"), text(e, "text"))),
        list(node.get("commitments"), c -> new Commitment(text(c, "text"),
            list(c.get("answers"), JsonNode::asString))));
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
    List<T> list = new ArrayList<>();
    if (array != null && !array.isNull()) {
      array.forEach(node -> list.add(element.apply(node)));
    }
    return list;
  }

  /** The text of a field; absent, null and empty are all null, as a top's empty manager is. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asString().isEmpty() ? null : value.asString();
  }
}
