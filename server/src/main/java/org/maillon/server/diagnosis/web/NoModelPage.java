package org.maillon.server.diagnosis.web;

import jakarta.servlet.http.HttpServletRequest;
import org.maillon.server.organization.NoModelException;
import org.maillon.server.system.Notice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one answer of every page to "no model has been imported yet": a page that reads the model asks
 * {@code CurrentOrganization} for it, and its {@link NoModelException} lands here as an invitation to
 * import, in the frame of the pages. The API's controllers answer the same exception with a problem
 * ({@code ApiProblems} comes first for them).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class NoModelPage {

  @ExceptionHandler(NoModelException.class)
  ModelAndView noModel(HttpServletRequest request) {
    ModelAndView page = new ModelAndView(Notice.VIEW, PageFrame.attributes(request), HttpStatus.OK);
    page.addObject(Notice.ATTRIBUTE, new Notice("no-model", null, "common.noModel"));
    return page;
  }
}
