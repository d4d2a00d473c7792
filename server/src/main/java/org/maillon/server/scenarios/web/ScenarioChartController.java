package org.maillon.server.scenarios.web;

import java.util.Locale;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.server.orgchart.OrgChart;
import org.maillon.server.orgchart.OrgChartPage;
import org.maillon.server.orgchart.OrgChartPaths;
import org.maillon.server.scenarios.ScenarioService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The org chart of a scenario's result, in the JSON of the org chart ({@code /org-chart/…}) under the
 * scenario's address, so that the page draws it with the same script: read from the scenario's view as
 * kept, never applied again for each level opened.
 */
@RestController
class ScenarioChartController {

  private final ScenarioService scenarios;

  ScenarioChartController(ScenarioService scenarios) {
    this.scenarios = scenarios;
  }

  @GetMapping(path = "/scenarios/{id}/org-chart/tops", produces = MediaType.APPLICATION_JSON_VALUE)
  OrgChartPage tops(@PathVariable String id, @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "25") int limit, Locale locale) {
    return OrgChart.tops(result(id, locale), offset, limit);
  }

  @GetMapping(path = "/scenarios/{id}/org-chart/people/{person}/reports", produces = MediaType.APPLICATION_JSON_VALUE)
  OrgChartPage reports(@PathVariable String id, @PathVariable String person,
      @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "25") int limit, Locale locale) {
    return OrgChart.reports(result(id, locale), person, offset, limit);
  }

  @GetMapping(path = "/scenarios/{id}/org-chart/paths", produces = MediaType.APPLICATION_JSON_VALUE)
  OrgChartPaths paths(@PathVariable String id, @RequestParam(required = false) String q,
      @RequestParam(required = false) String person, Locale locale) {
    return OrgChart.paths(result(id, locale), q, person);
  }

  private Diagnosis result(String id, Locale locale) {
    return scenarios.whatIf(id, locale).after();
  }
}
