package org.maillon.server.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring MVC's own errors on {@code /api/**} as problem details even when no controller was
 * chosen: an unknown path (404), a wrong method (405), an unsupported body type (415). Pages keep
 * the error page. A body that breaks its constraints is left to {@link ApiProblems}, which names
 * each field.
 */
@Component
class ApiErrorResponses implements HandlerExceptionResolver, Ordered {

  private final JsonMapper json;

  ApiErrorResponses(JsonMapper json) {
    this.json = json;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception exception) {
    if (!(exception instanceof ErrorResponse error) || exception instanceof MethodArgumentNotValidException
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/") || response.isCommitted()) {
      return null;
    }
    return write(request, response, error);
  }

  /** Writes this error as a problem, with its headers; null if the answer could not be written. */
  ModelAndView write(HttpServletRequest request, HttpServletResponse response, ErrorResponse error) {
    ProblemDetail problem = error.getBody();
    if (problem.getInstance() == null) {
      problem.setInstance(URI.create(request.getRequestURI()));
    }
    try {
      response.setStatus(error.getStatusCode().value());
      error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), problem);
    } catch (IOException e) {
      return null;
    }
    return new ModelAndView();
  }

  /** Before Spring MVC's resolvers, which would answer with the error page instead; after {@link UnavailableAnswers}. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }
}
