package org.maillon.server.scim;

import java.nio.charset.StandardCharsets;
import org.maillon.server.testing.Api;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** An identity provider's client: SCIM requests in {@code application/scim+json} with a bearer token. */
final class ScimClient {

  static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");

  private final RestClient client;
  private final String authorization;

  private ScimClient(RestClient client, String authorization) {
    this.client = client;
    this.authorization = authorization;
  }

  static ScimClient on(int port, String token) {
    return new ScimClient(RestClient.builder().baseUrl("http://localhost:" + port + "/scim/v2").build(),
        token == null ? null : "Bearer " + token);
  }

  /** The same client with another Authorization header (HTTP Basic, a wrong token…). */
  ScimClient authorizedAs(String header) {
    return new ScimClient(client, header);
  }

  Api.Reply get(String path) {
    return send(HttpMethod.GET, path, null);
  }

  Api.Reply post(String path, String json) {
    return send(HttpMethod.POST, path, json);
  }

  Api.Reply patch(String path, String json) {
    return send(HttpMethod.PATCH, path, json);
  }

  Api.Reply send(HttpMethod method, String path, String json) {
    RestClient.RequestBodySpec request = client.method(method).uri(path).accept(SCIM_JSON);
    if (authorization != null) {
      request.header(HttpHeaders.AUTHORIZATION, authorization);
    }
    if (json != null) {
      request.contentType(SCIM_JSON).body(json);
    }
    return request.exchange((req, response) -> new Api.Reply(response.getStatusCode().value(), response.getHeaders(),
        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);
  }
}
