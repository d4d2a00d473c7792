package org.maillon.server.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The page a browser sees when what it sent is too large: {@code error/413}, in the user's
 * language, with the limit. It is rendered here rather than through the error page, whose dispatch
 * would parse the refused form or upload again.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class TooLargePage {

  /** The model attribute holding the limit, in megabytes. */
  static final String LIMIT = "bodyLimitMegabytes";

  private final ThymeleafViewResolver views;
  private final LocaleResolver locales;

  TooLargePage(ThymeleafViewResolver views, LocaleResolver locales) {
    this.views = views;
    this.locales = locales;
  }

  void render(HttpServletRequest request, HttpServletResponse response, double megabytes) throws Exception {
    request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
    View page = views.resolveViewName("error/413", locales.resolveLocale(request));
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    page.render(Map.of(LIMIT, megabytes), request, response);
  }
}
