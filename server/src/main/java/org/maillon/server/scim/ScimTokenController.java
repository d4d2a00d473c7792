package org.maillon.server.scim;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.maillon.model.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Admins make SCIM's bearer tokens (each shown once), list them without their secrets, and revoke them. */
@RestController
@Tag(name = "scim", description = "SCIM provisioning: tokens and the department map")
class ScimTokenController {

  /** What a new token is called, such as the identity provider that will use it. */
  record NewTokenRequest(String name) {}

  private final ScimTokens tokens;

  ScimTokenController(ScimTokens tokens) {
    this.tokens = tokens;
  }

  @Operation(summary = "SCIM tokens, without their secrets (admins)")
  @GetMapping("/api/scim/tokens")
  List<ScimTokens.ScimToken> list() {
    return tokens.all();
  }

  @Operation(summary = "Make a SCIM token; its secret is in this answer only (admins)")
  @PostMapping("/api/scim/tokens")
  ResponseEntity<ScimTokens.NewToken> create(@RequestBody NewTokenRequest request, Authentication authentication) {
    String name = request == null || request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > TextLimits.NAME) {
      throw new ScimRejected(List.of(ScimRejected.problem("name", "name", TextLimits.NAME)));
    }
    ScimTokens.NewToken token = tokens.create(name, authentication.getName());
    return ResponseEntity.created(URI.create("/api/scim/tokens/" + token.id())).body(token);
  }

  @Operation(summary = "Revoke a SCIM token: requests with it get 401 (admins)")
  @DeleteMapping("/api/scim/tokens/{id}")
  ResponseEntity<Void> revoke(@PathVariable long id) {
    tokens.revoke(id);
    return ResponseEntity.noContent().build();
  }
}
