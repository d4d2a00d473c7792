package org.maillon.server.scim;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * SCIM's {@code Users} endpoint (RFC 7644 §3.2–3.6): create, read, list with the filters identity
 * providers send before they create ({@code userName eq "…"}, {@code externalId eq "…"}), replace,
 * patch and delete, in {@code application/scim+json}.
 */
@RestController
@RequestMapping(path = ScimUsersController.BASE, produces = {ScimUsersController.SCIM_JSON, "application/json"})
class ScimUsersController {

  static final String BASE = "/scim/v2";
  static final String SCIM_JSON = "application/scim+json";
  private static final int MAX_COUNT = 1000;
  private static final Pattern FILTER = Pattern.compile(
      "\\s*(userName|externalId)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*",
      Pattern.CASE_INSENSITIVE);

  private final ScimUsers users;

  ScimUsersController(ScimUsers users) {
    this.users = users;
  }

  @PostMapping("/Users")
  ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode resource) {
    ScimUser user = users.create(resource);
    URI location = location(user.id());
    return ResponseEntity.created(location).body(ScimResources.resource(user, location.toString()));
  }

  @GetMapping("/Users/{id}")
  Map<String, Object> get(@PathVariable String id) {
    return resource(users.get(id));
  }

  @GetMapping("/Users")
  Map<String, Object> list(@RequestParam(required = false) String filter,
      @RequestParam(defaultValue = "1") int startIndex, @RequestParam(defaultValue = "100") int count) {
    int start = Math.max(startIndex, 1);
    int size = Math.min(Math.max(count, 0), MAX_COUNT);
    if (filter == null || filter.isBlank()) {
      List<Map<String, Object>> page = users.page(start - 1, size).stream().map(this::resource).toList();
      return ScimResources.list(page, users.count(), start);
    }
    Matcher matcher = FILTER.matcher(filter);
    if (!matcher.matches()) {
      throw new ScimException(HttpStatus.BAD_REQUEST, "invalidFilter",
          "filter: only userName eq \"…\" and externalId eq \"…\" are supported.");
    }
    String value = matcher.group(2).replaceAll("\\\\(.)", "$1");
    List<ScimUser> found = matcher.group(1).equalsIgnoreCase("userName") ? users.byUserName(value)
        : users.byExternalId(value);
    List<Map<String, Object>> page = found.stream().skip(start - 1L).limit(size).map(this::resource).toList();
    return ScimResources.list(page, found.size(), start);
  }

  @PutMapping("/Users/{id}")
  Map<String, Object> replace(@PathVariable String id, @RequestBody JsonNode resource) {
    return resource(users.replace(id, resource));
  }

  @PatchMapping("/Users/{id}")
  Map<String, Object> patch(@PathVariable String id, @RequestBody JsonNode request) {
    return resource(users.patch(id, request));
  }

  @DeleteMapping("/Users/{id}")
  ResponseEntity<Void> delete(@PathVariable String id) {
    users.delete(id);
    return ResponseEntity.noContent().build();
  }

  private Map<String, Object> resource(ScimUser user) {
    return ScimResources.resource(user, location(user.id()).toString());
  }

  private static URI location(String id) {
    return ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE + "/Users/{id}").buildAndExpand(id).toUri();
  }
}
