package org.maillon.server.system;

import org.maillon.server.security.Access;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: who is signed in, and whether they manage or administer. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

  @ModelAttribute("username")
  String username() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || "anonymousUser".equals(authentication.getPrincipal())) {
      return null;
    }
    return authentication.getName();
  }

  @ModelAttribute("manager")
  boolean manager() {
    return Access.isManager(SecurityContextHolder.getContext().getAuthentication());
  }

  @ModelAttribute("admin")
  boolean admin() {
    return Access.isAdmin(SecurityContextHolder.getContext().getAuthentication());
  }
}
