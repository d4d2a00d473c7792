package org.maillon.server.scenarios;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.maillon.diff.VersionDiffJson;
import org.maillon.server.organization.ModelVersion;
import org.maillon.server.system.RequestLocale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Scenarios through the API: managers and admins draft, save and compare them; admins promote them. */
@RestController
@RequestMapping("/api/scenarios")
@Tag(name = "scenarios")
class ScenarioController {

  private final ScenarioService scenarios;

  ScenarioController(ScenarioService scenarios) {
    this.scenarios = scenarios;
  }

  /** What a new scenario is given: its name. */
  record NewScenario(String name) {}

  /** A promotion's reason, in the admin's words. */
  record Promotion(String reason) {}

  @Operation(summary = "Draft a scenario from the current version",
      description = "Its id, a random token, is its shared link. 422 without a name (at most 200 characters).")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  SavedScenario create(@RequestBody NewScenario scenario, Principal principal, HttpServletRequest request) {
    return scenarios.create(scenario.name(), principal.getName(), RequestLocale.of(request, null));
  }

  @Operation(summary = "A scenario: its name, author, version and operations (the JSON of a scenario file)")
  @GetMapping("/{id}")
  SavedScenario one(@PathVariable String id) {
    return scenarios.get(id);
  }

  @Operation(summary = "Replace a scenario's operations",
      description = "The body is a scenario file in JSON (docs/scenarios.md). 422 listing every problem, located, "
          + "when the file is wrongly written or an operation cannot apply to the scenario's version; nothing "
          + "changes then.")
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  SavedScenario save(@PathVariable String id, @RequestBody String file,
      @Parameter(description = "language of the problems: en or fr; else Accept-Language")
          @RequestParam(required = false) String lang, HttpServletRequest request) {
    return scenarios.save(id, file, RequestLocale.of(request, lang));
  }

  @Operation(summary = "Delete a scenario")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String id) {
    scenarios.delete(id);
  }

  @Operation(summary = "What the scenario changes against its version, as `maillon what-if --format json` prints it")
  @GetMapping(path = "/{id}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<StreamingResponseBody> diff(@PathVariable String id,
      @Parameter(description = "language of the findings' messages: en or fr; else Accept-Language")
          @RequestParam(required = false) String lang, HttpServletRequest request) {
    Locale locale = RequestLocale.of(request, lang);
    ScenarioService.WhatIf whatIf = scenarios.whatIf(id, locale);
    StreamingResponseBody body = out -> {
      try (Writer writer = new OutputStreamWriter(StreamUtils.nonClosing(out), StandardCharsets.UTF_8)) {
        VersionDiffJson.write(whatIf.diff(), writer, locale);
      }
    };
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }

  @Operation(summary = "Apply the scenario to the current version, as a new version (admins)",
      description = "The new version's format is `scenario`, its author the admin. 422, every problem located, "
          + "when an operation no longer applies to the current version; nothing changes then.")
  @PostMapping("/{id}/promote")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, ModelVersion> promote(@PathVariable String id, @RequestBody(required = false) Promotion promotion,
      Principal principal, HttpServletRequest request) {
    String reason = promotion == null ? null : promotion.reason();
    return Map.of("version", scenarios.promote(id, principal.getName(), reason, RequestLocale.of(request, null))
        .version());
  }
}
