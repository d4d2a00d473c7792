package org.maillon.server.scim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an identity provider asks before it provisions (RFC 7644 §4): what this service supports,
 * its schemas and its resource types, kept as JSON beside the code ({@code resources/scim/}).
 */
@RestController
@RequestMapping(path = ScimUsersController.BASE, produces = {ScimUsersController.SCIM_JSON, "application/json"})
class ScimDiscoveryController {

  private final JsonMapper json;

  ScimDiscoveryController(JsonMapper json) {
    this.json = json;
  }

  @GetMapping("/ServiceProviderConfig")
  JsonNode serviceProviderConfig() {
    return document("ServiceProviderConfig");
  }

  @GetMapping("/Schemas")
  JsonNode schemas() {
    return document("Schemas");
  }

  @GetMapping("/ResourceTypes")
  JsonNode resourceTypes() {
    return document("ResourceTypes");
  }

  private JsonNode document(String document) {
    try (InputStream in = new ClassPathResource("scim/" + document + ".json").getInputStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
