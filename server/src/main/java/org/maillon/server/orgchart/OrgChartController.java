package org.maillon.server.orgchart;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Access;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The org chart's JSON: in the API (HTTP Basic) and, the same, beside the pages ({@code /org-chart/…}), where
 * the tree of the hierarchy page and of a person's place reads it with the page's session.
 */
@RestController
@Tag(name = "org chart", description = "The reporting tree a level at a time, and people found by name")
class OrgChartController {

  private static final String MANAGERS_ONLY = "The org chart is for managers and admins.";

  private final CurrentOrganization current;

  OrgChartController(CurrentOrganization current) {
    this.current = current;
  }

  @Operation(summary = "The tops of the hierarchy, a page at a time (limit at most 500)")
  @GetMapping(path = {"/api/org-chart/tops", "/org-chart/tops"}, produces = MediaType.APPLICATION_JSON_VALUE)
  OrgChartPage tops(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "25") int limit,
      Authentication authentication) {
    Access.requireManager(authentication, MANAGERS_ONLY);
    return OrgChart.tops(current.diagnosis(), offset, limit);
  }

  @Operation(summary = "A person's direct reports, a page at a time (limit at most 500), each with their own span")
  @GetMapping(path = {"/api/people/{id}/reports", "/org-chart/people/{id}/reports"}, produces = MediaType.APPLICATION_JSON_VALUE)
  OrgChartPage reports(@PathVariable String id, @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "25") int limit, Authentication authentication) {
    Access.requireManager(authentication, MANAGERS_ONLY);
    return OrgChart.reports(current.diagnosis(), id, offset, limit);
  }

  @Operation(summary = "The paths from the top down to the people whose name contains q (at most 10), or to one person")
  @GetMapping(path = {"/api/org-chart/paths", "/org-chart/paths"}, produces = MediaType.APPLICATION_JSON_VALUE)
  OrgChartPaths paths(@RequestParam(required = false) String q, @RequestParam(required = false) String person,
      Authentication authentication) {
    Access.requireManager(authentication, MANAGERS_ONLY);
    return OrgChart.paths(current.diagnosis(), q, person);
  }
}
