package org.maillon.server.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.maillon.server.storage.StorageFaults;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers 503 with {@code Retry-After} for what will pass: an {@link UnavailableException}, and
 * a write the database refused because its disk is full ({@link StorageFaults}), which nothing
 * stored and which would otherwise be a 500. The API gets a problem, pages the error page
 * {@code error/503}, which says why in the user's language.
 */
@Component
class UnavailableAnswers implements HandlerExceptionResolver, Ordered {

  /** The request attribute holding the key of what the page says. */
  static final String PAGE_MESSAGE = "unavailableMessage";

  private final StorageFaults storage;
  private final ApiErrorResponses problems;

  UnavailableAnswers(StorageFaults storage, ApiErrorResponses problems) {
    this.storage = storage;
    this.problems = problems;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception exception) {
    UnavailableException unavailable = exception instanceof UnavailableException known ? known
        : storage.noticed(exception) ? storageFull(exception) : null;
    if (unavailable == null || response.isCommitted()) {
      return null;
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return problems.write(request, response, unavailable);
    }
    try {
      unavailable.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
      request.setAttribute(PAGE_MESSAGE, unavailable.pageMessage());
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    } catch (IOException e) {
      return null;
    }
    return new ModelAndView();
  }

  private static UnavailableException storageFull(Exception cause) {
    return new UnavailableException("Storage full", URI.create("urn:maillon:problem:storage-full"),
        "The server's disk is full: nothing was stored. Retry later, once space is freed.",
        StorageFaults.RETRY_AFTER, "error.storageFull", cause);
  }

  /** Before {@link ApiErrorResponses}, which would answer an {@link UnavailableException} without its page. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
