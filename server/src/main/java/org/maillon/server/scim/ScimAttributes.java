package org.maillon.server.scim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The attributes of a user that Maillon keeps, by SCIM path, and how a request sets them: a whole
 * resource (POST, PUT) is a {@code replace} without path onto nothing, a PATCH operation sets or
 * removes one path or, without path, every attribute of its value. Paths are read as Entra ID and
 * Okta write them (RFC 7644 §3.5.2, attribute names without case, the core schema's URN optional,
 * the enterprise extension's attributes after its URN, {@code emails[type eq "work"].value});
 * attributes Maillon does not keep (phone numbers, addresses…) are ignored, as RFC 7644 lets a
 * service provider do.
 */
final class ScimAttributes {

  static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
  static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  static final String USER_NAME = "userName";
  static final String EXTERNAL_ID = "externalId";
  static final String GIVEN_NAME = "givenName";
  static final String FAMILY_NAME = "familyName";
  static final String DISPLAY_NAME = "displayName";
  static final String TITLE = "title";
  static final String ACTIVE = "active";
  static final String EMAIL = "email";
  static final String DEPARTMENT = "department";
  static final String MANAGER = "manager";

  private static final Map<String, String> PATHS = Map.ofEntries(
      Map.entry("username", USER_NAME), Map.entry("externalid", EXTERNAL_ID),
      Map.entry("name.givenname", GIVEN_NAME), Map.entry("name.familyname", FAMILY_NAME),
      Map.entry("displayname", DISPLAY_NAME), Map.entry("title", TITLE), Map.entry("active", ACTIVE),
      Map.entry("emails", EMAIL), Map.entry("department", DEPARTMENT), Map.entry("manager", MANAGER),
      Map.entry("manager.value", MANAGER));

  private final Map<String, JsonNode> values = new LinkedHashMap<>();

  /** The attributes of a stored user, to patch. */
  static ScimAttributes of(ScimUser user) {
    ScimAttributes attributes = new ScimAttributes();
    ScimResources.attributes(user).forEach(attributes.values::put);
    return attributes;
  }

  /** Nothing set: what a POST or a PUT replaces. */
  static ScimAttributes none() {
    return new ScimAttributes();
  }

  /** Sets every attribute of a resource or of a PATCH value without path. */
  void replace(JsonNode object) {
    if (object == null || !object.isObject()) {
      throw ScimException.invalidSyntax("A value without path must be an object of attributes.");
    }
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      if (name.equalsIgnoreCase(ENTERPRISE) || name.equalsIgnoreCase("name")) {
        if (field.getValue().isObject()) {
          String prefix = name.equalsIgnoreCase("name") ? "name." : ENTERPRISE + ":";
          field.getValue().properties().forEach(inner -> set(prefix + inner.getKey(), inner.getValue()));
        }
      } else {
        set(name, field.getValue());
      }
    }
  }

  /**
   * Applies a PATCH request's operations in order (RFC 7644 §3.5.2): {@code add} and
   * {@code replace} alike (every attribute kept here is single-valued), {@code remove} with a path;
   * the operation's name is read without case, as Entra ID writes {@code Replace}.
   */
  void patch(JsonNode request) {
    JsonNode operations = request == null ? null : request.get("Operations");
    if (operations == null || !operations.isArray()) {
      throw ScimException.invalidSyntax("Operations: an array of operations is expected.");
    }
    for (JsonNode operation : operations) {
      JsonNode pathNode = operation.get("path");
      String path = pathNode == null || pathNode.isNull() ? null : pathNode.asString();
      String op = operation.path("op").asString("").toLowerCase(Locale.ROOT);
      switch (op) {
        case "add", "replace" -> {
          if (path == null) {
            replace(operation.get("value"));
          } else {
            set(path, operation.get("value"));
          }
        }
        case "remove" -> {
          if (path == null) {
            throw new ScimException(HttpStatus.BAD_REQUEST, "noTarget", "remove: a path is required.");
          }
          remove(path);
        }
        default -> throw ScimException.invalidSyntax("op: add, replace or remove is expected, not '" + op + "'.");
      }
    }
  }

  /** Sets the attribute at a path; a path Maillon does not keep is ignored. */
  void set(String path, JsonNode value) {
    String key = key(path);
    if (key != null) {
      values.put(key, value == null || value.isNull() ? null : value);
    }
  }

  /** Removes the attribute at a path. */
  void remove(String path) {
    String key = key(path);
    if (key != null) {
      values.put(key, null);
    }
  }

  /** The value set at this attribute, or null. */
  JsonNode get(String key) {
    return values.get(key);
  }

  /** The key a path names, or null when Maillon does not keep that attribute. */
  static String key(String path) {
    if (path == null) {
      return null;
    }
    String lower = path.strip().toLowerCase(Locale.ROOT);
    for (String schema : List.of(ENTERPRISE, CORE)) {
      String prefix = schema.toLowerCase(Locale.ROOT) + ":";
      lower = lower.startsWith(prefix) ? lower.substring(prefix.length()) : lower;
    }
    if (lower.startsWith("emails[") && (lower.endsWith("].value") || lower.endsWith("]"))) {
      return EMAIL;
    }
    return PATHS.get(lower);
  }

  /** Lists what is wrong with the attributes, each problem naming its attribute. */
  static List<String> problems(ScimUser user) {
    List<String> problems = new ArrayList<>();
    if (user.userName() == null || user.userName().isBlank()) {
      problems.add("userName: required");
    }
    length(problems, USER_NAME, user.userName(), 320);
    length(problems, EXTERNAL_ID, user.externalId(), 500);
    length(problems, "name.givenName", user.givenName(), 200);
    length(problems, "name.familyName", user.familyName(), 200);
    length(problems, DISPLAY_NAME, user.displayName(), 200);
    length(problems, TITLE, user.title(), 200);
    length(problems, DEPARTMENT, user.department(), 200);
    length(problems, "manager.value", user.managerId(), 200);
    length(problems, "emails.value", user.email(), 254);
    if (user.email() != null && !user.email().matches("[^@\\s]+@[^@\\s]+")) {
      problems.add("emails.value: not an email address: " + user.email());
    }
    if (user.userName() != null && user.personName().length() > 200) {
      problems.add("displayName: the name Maillon shows has at most 200 characters; give a shorter displayName");
    }
    return problems;
  }

  private static void length(List<String> problems, String attribute, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(attribute + ": at most " + max + " characters");
    }
  }
}
