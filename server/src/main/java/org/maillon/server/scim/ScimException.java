package org.maillon.server.scim;

import org.springframework.http.HttpStatus;

/**
 * A request SCIM refuses, answered in its error format (RFC 7644 §3.12): the status, the
 * {@code scimType} that tells the identity provider what to fix, and a detail for people.
 */
class ScimException extends RuntimeException {

  private final HttpStatus status;
  private final String scimType;

  ScimException(HttpStatus status, String scimType, String detail) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
  }

  static ScimException invalidValue(String detail) {
    return new ScimException(HttpStatus.BAD_REQUEST, "invalidValue", detail);
  }

  static ScimException invalidSyntax(String detail) {
    return new ScimException(HttpStatus.BAD_REQUEST, "invalidSyntax", detail);
  }

  static ScimException notFound(String id) {
    return new ScimException(HttpStatus.NOT_FOUND, null, "No user has the id " + id + ".");
  }

  HttpStatus status() {
    return status;
  }

  String scimType() {
    return scimType;
  }
}
