package org.maillon.server.diagnosis.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriUtils;

/**
 * What the frame's navigation needs of the request: the menu and its entry to mark as current, and the links
 * that switch the language while keeping the page's other parameters (a search, a filter).
 */
@ControllerAdvice(annotations = Controller.class)
class PageLinks {

  /** The message key of the menu entry this page belongs to ({@link Navigation#activeKey}); null for none. */
  @ModelAttribute("navActive")
  String navActive(HttpServletRequest request) {
    return Navigation.activeKey(request.getRequestURI().substring(request.getContextPath().length()));
  }

  @ModelAttribute("navTop")
  List<Navigation.Item> navTop() {
    return Navigation.TOP;
  }

  @ModelAttribute("navGroups")
  List<Navigation.Group> navGroups() {
    return Navigation.GROUPS;
  }

  /** {@code fr} and {@code en} to the query strings ({@code ?…&lang=…}) of this page in that language. */
  @ModelAttribute("languageQueries")
  Map<String, String> languageQueries(HttpServletRequest request) {
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
