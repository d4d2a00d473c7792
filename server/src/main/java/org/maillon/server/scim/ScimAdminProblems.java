package org.maillon.server.scim;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.maillon.server.system.RejectedFields;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The admins' SCIM API refuses as every API does: 422, every problem with its field. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {ScimTokenController.class, ScimDepartmentController.class})
class ScimAdminProblems {

  private final MessageSource messages;

  ScimAdminProblems(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(ScimRejected.class)
  ResponseEntity<ProblemDetail> rejected(ScimRejected e, HttpServletRequest request) {
    return RejectedFields.answer(e.problems(), "scim.problem.rejected", URI.create("urn:maillon:problem:scim-rejected"),
        messages, request);
  }
}
