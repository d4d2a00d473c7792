package org.maillon.server.scim;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** SCIM's refusals in its error format (RFC 7644 §3.12), before the application's problem details. */
@RestControllerAdvice(assignableTypes = {ScimUsersController.class, ScimDiscoveryController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScimErrors {

  static final MediaType SCIM_JSON = MediaType.parseMediaType(ScimUsersController.SCIM_JSON);

  @ExceptionHandler(ScimException.class)
  ResponseEntity<Map<String, Object>> refused(ScimException e) {
    return error(e.status(), e.scimType(), e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return error(HttpStatus.BAD_REQUEST, "invalidSyntax", "The body is not a JSON object.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
    return error(HttpStatus.BAD_REQUEST, "invalidValue", e.getName() + ": not a number.");
  }

  static ResponseEntity<Map<String, Object>> error(HttpStatus status, String scimType, String detail) {
    return ResponseEntity.status(status).contentType(SCIM_JSON)
        .body(ScimResources.error(status.value(), scimType, detail));
  }
}
