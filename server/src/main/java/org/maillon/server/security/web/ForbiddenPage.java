package org.maillon.server.security.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.maillon.server.security.Access;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserAccount;
import org.maillon.server.security.UserService;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the error page needs to tell a signed-in user who was refused a page ("Forbidden" told them
 * nothing): the role that sees it and the admins to ask. Roles include each other (admin ⊃ manager
 * ⊃ member) and every page is open to members at least: a manager was refused an admins' page, and a
 * member a page that the security rules open to managers, or else to admins only.
 */
@ControllerAdvice(assignableTypes = BasicErrorController.class)
class ForbiddenPage {

  private final UserService users;
  private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;

  /** The evaluator exists only where the web security runs, which a context without a web server lacks. */
  ForbiddenPage(UserService users, ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
    this.users = users;
    this.privileges = privileges;
  }

  @ModelAttribute
  void forbidden(HttpServletRequest request, Model model) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!Integer.valueOf(403).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))
        || authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return;
    }
    model.addAttribute("neededRole", (opensToManagers(request, authentication) ? Role.MANAGER : Role.ADMIN).code());
    model.addAttribute("yourRole", (Access.isAdmin(authentication) ? Role.ADMIN
        : Access.isManager(authentication) ? Role.MANAGER : Role.MEMBER).code());
    model.addAttribute("admins", admins());
  }

  /** Whether a manager would have been let in where this member was refused. */
  private boolean opensToManagers(HttpServletRequest request, Authentication authentication) {
    if (Access.isManager(authentication)) {
      return false;
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "/" : uri.toString().substring(request.getContextPath().length());
    Authentication manager = UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
        List.of(new SimpleGrantedAuthority(Role.MANAGER.authority())));
    return privileges.getObject().isAllowed(request.getContextPath(), path, request.getMethod(), manager);
  }

  /** The enabled admins' user names, the people who give roles. */
  private List<String> admins() {
    return users.all().stream().filter(user -> user.role() == Role.ADMIN && user.enabled())
        .map(UserAccount::username).sorted().toList();
  }
}
