package org.maillon.server.scim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Users as SCIM resources (RFC 7643 §4.1 with the enterprise extension, §4.3): read from the
 * attributes a request set, and written as the identity provider reads them back.
 */
final class ScimResources {

  static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
  static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
  static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScimResources() {}

  /** What a stored user sets, by attribute key: what a PATCH starts from. */
  static Map<String, JsonNode> attributes(ScimUser user) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put(ScimAttributes.USER_NAME, text(user.userName()));
    values.put(ScimAttributes.EXTERNAL_ID, text(user.externalId()));
    values.put(ScimAttributes.GIVEN_NAME, text(user.givenName()));
    values.put(ScimAttributes.FAMILY_NAME, text(user.familyName()));
    values.put(ScimAttributes.DISPLAY_NAME, text(user.displayName()));
    values.put(ScimAttributes.TITLE, text(user.title()));
    values.put(ScimAttributes.ACTIVE, NODES.booleanNode(user.active()));
    values.put(ScimAttributes.EMAIL, text(user.email()));
    values.put(ScimAttributes.DEPARTMENT, text(user.department()));
    values.put(ScimAttributes.MANAGER, text(user.managerId()));
    return values;
  }

  /** The user the attributes describe, under this id. */
  static ScimUser user(ScimAttributes attributes, String id, Instant created, Instant modified) {
    JsonNode active = attributes.get(ScimAttributes.ACTIVE);
    ScimUser user = new ScimUser(id, string(attributes, ScimAttributes.USER_NAME),
        string(attributes, ScimAttributes.EXTERNAL_ID), string(attributes, ScimAttributes.GIVEN_NAME),
        string(attributes, ScimAttributes.FAMILY_NAME), string(attributes, ScimAttributes.DISPLAY_NAME),
        string(attributes, ScimAttributes.TITLE), string(attributes, ScimAttributes.DEPARTMENT),
        reference(attributes.get(ScimAttributes.MANAGER)), email(attributes.get(ScimAttributes.EMAIL)),
        active == null || bool(active), false, created, modified);
    List<String> problems = ScimAttributes.problems(user);
    if (!problems.isEmpty()) {
      throw ScimException.invalidValue(String.join("; ", problems));
    }
    return user;
  }

  /** The resource as SCIM shows it. */
  static Map<String, Object> resource(ScimUser user, String location) {
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("schemas", List.of(ScimAttributes.CORE, ScimAttributes.ENTERPRISE));
    resource.put("id", user.id());
    putIf(resource, "externalId", user.externalId());
    resource.put("userName", user.userName());
    Map<String, Object> name = new LinkedHashMap<>();
    putIf(name, "givenName", user.givenName());
    putIf(name, "familyName", user.familyName());
    name.put("formatted", user.personName());
    resource.put("name", name);
    resource.put("displayName", user.personName());
    putIf(resource, "title", user.title());
    resource.put("active", user.active());
    if (user.email() != null) {
      resource.put("emails", List.of(Map.of("value", user.email(), "type", "work", "primary", true)));
    }
    Map<String, Object> enterprise = new LinkedHashMap<>();
    putIf(enterprise, "department", user.department());
    if (user.managerId() != null) {
      enterprise.put("manager", Map.of("value", user.managerId(), "$ref", "../Users/" + user.managerId()));
    }
    resource.put(ScimAttributes.ENTERPRISE, enterprise);
    resource.put("meta", Map.of("resourceType", "User", "created", user.created().toString(),
        "lastModified", user.modified().toString(), "location", location,
        "version", "W/\"" + user.modified().toEpochMilli() + "\""));
    return resource;
  }

  /** A list response (RFC 7644 §3.4.2). */
  static Map<String, Object> list(List<Map<String, Object>> resources, long total, int startIndex) {
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("schemas", List.of(LIST));
    list.put("totalResults", total);
    list.put("startIndex", startIndex);
    list.put("itemsPerPage", resources.size());
    list.put("Resources", new ArrayList<>(resources));
    return list;
  }

  /** An error (RFC 7644 §3.12): its status as a string, as the RFC's examples write it. */
  static Map<String, Object> error(int status, String scimType, String detail) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("schemas", List.of(ERROR));
    error.put("status", Integer.toString(status));
    putIf(error, "scimType", scimType);
    error.put("detail", detail);
    return error;
  }

  private static void putIf(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static JsonNode text(String value) {
    return value == null ? null : NODES.stringNode(value);
  }

  private static String string(ScimAttributes attributes, String key) {
    JsonNode value = attributes.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw ScimException.invalidValue(key + ": a text is expected");
    }
    String text = value.asString().strip();
    return text.isEmpty() ? null : text;
  }

  /** {@code true}, {@code false}, or Entra ID's {@code "True"} and {@code "False"}. */
  private static boolean bool(JsonNode value) {
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    String text = value.isString() ? value.asString().strip().toLowerCase(Locale.ROOT) : "";
    if (!text.equals("true") && !text.equals("false")) {
      throw ScimException.invalidValue("active: true or false is expected, not " + value);
    }
    return text.equals("true");
  }

  /** A manager as Entra ID sends it, {@code {"value": id}} (alone or in an array) or the bare id; empty is none. */
  private static String reference(JsonNode value) {
    JsonNode one = value != null && value.isArray() ? value.get(0) : value;
    JsonNode id = one != null && one.isObject() ? one.get("value") : one;
    if (id == null || id.isNull()) {
      return null;
    }
    String text = id.isValueNode() ? id.asString().strip() : "";
    return text.isEmpty() ? null : text;
  }

  /** The primary address of {@code emails}, else its first; or an address set at {@code emails[…].value}. */
  private static String email(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isArray()) {
      JsonNode chosen = null;
      for (JsonNode entry : value) {
        if (chosen == null || entry.path("primary").asBoolean(false)) {
          chosen = entry;
        }
      }
      return chosen == null ? null : reference(chosen);
    }
    return reference(value);
  }
}
