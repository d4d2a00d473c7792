package org.maillon.server.diagnosis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillon.server.security.Access;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriUtils;

/**
 * What the frame of every page needs of the request: who is signed in and whether they manage or
 * administer, the menu and its entry to mark as current, and the links that switch the language while
 * keeping the page's other parameters (a search, a filter). Pages rendered outside a controller's
 * method (the "no model yet" page) ask it for the same attributes.
 */
@ControllerAdvice(annotations = Controller.class)
class PageFrame {

  @ModelAttribute
  void frame(HttpServletRequest request, Model model) {
    model.addAllAttributes(attributes(request));
  }

  /**
   * {@code username} (null when nobody is signed in), {@code manager}, {@code admin}, {@code navActive}
   * (the message key of the menu entry this page belongs to, see {@link Navigation#activeKey}; null for none),
   * {@code navTop}, {@code navGroups} and {@code languageQueries}.
   */
  static Map<String, Object> attributes(HttpServletRequest request) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Map<String, Object> frame = new HashMap<>();
    frame.put("username", username(authentication));
    frame.put("manager", Access.isManager(authentication));
    frame.put("admin", Access.isAdmin(authentication));
    frame.put("navActive", Navigation.activeKey(request.getRequestURI().substring(request.getContextPath().length())));
    frame.put("navTop", Navigation.TOP);
    frame.put("navGroups", Navigation.GROUPS);
    frame.put("languageQueries", languageQueries(request));
    return frame;
  }

  private static String username(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()
        || "anonymousUser".equals(authentication.getPrincipal())) {
      return null;
    }
    return authentication.getName();
  }

  /** {@code fr} and {@code en} to the query strings ({@code ?…&lang=…}) of this page in that language. */
  private static Map<String, String> languageQueries(HttpServletRequest request) {
    List<String> kept = new ArrayList<>();
    request.getParameterMap().forEach((name, values) -> {
      if (!name.equals("lang") && !name.equals("_csrf") && !name.equals("error") && !name.equals("logout")) {
        for (String value : values) {
          kept.add(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8) + "="
              + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
        }
      }
    });
    String prefix = kept.isEmpty() ? "?" : "?" + String.join("&", kept) + "&";
    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("fr", prefix + "lang=fr");
    queries.put("en", prefix + "lang=en");
    return queries;
  }
}
