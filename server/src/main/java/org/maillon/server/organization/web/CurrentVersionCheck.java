package org.maillon.server.organization.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.maillon.server.organization.OrganizationService;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before every page or API request, makes current the version that another server process on the
 * same database may have stored (an import, a card edit, a confirmation, SCIM, a scenario
 * promoted): the pages of every process show it at once. One indexed read of the latest version's
 * id when nothing changed; static files and health checks skip it.
 */
@Component
class CurrentVersionCheck extends OncePerRequestFilter {

  private static final List<String> SKIPPED = List.of("/css/", "/webjars/", "/favicon", "/actuator/");

  private final OrganizationService organizations;

  CurrentVersionCheck(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return SKIPPED.stream().anyMatch(path::startsWith);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    organizations.catchUp();
    chain.doFilter(request, response);
  }
}
