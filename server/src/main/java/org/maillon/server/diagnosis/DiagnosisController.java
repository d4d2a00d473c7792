package org.maillon.server.diagnosis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.diagnosis.DiagnosisJson;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.security.Access;
import org.maillon.server.system.RequestLocale;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Streams the diagnosis JSON of the current version, never held whole in memory. */
@RestController
@Tag(name = "diagnosis", description = "The anti-value chain diagnosed, as the JSON of docs/diagnosis-json.md")
class DiagnosisController {

  private final CurrentOrganization current;

  DiagnosisController(CurrentOrganization current) {
    this.current = current;
  }

  @Operation(summary = "The diagnosis of the current version, as `maillon diagnose --format json` prints it",
      description = "Members may read the summary only (`summary=true`): the full document holds everyone's place.")
  @GetMapping(path = "/api/diagnosis", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<StreamingResponseBody> diagnosis(
      @Parameter(description = "leave out the teams and people arrays") @RequestParam(defaultValue = "false")
          boolean summary,
      @Parameter(description = "language of the findings' messages: en or fr; else Accept-Language")
          @RequestParam(required = false) String lang,
      HttpServletRequest request, Authentication authentication) {
    if (!summary) {
      Access.requireManager(authentication, "Members may read the diagnosis summary only: add summary=true.");
    }
    Diagnosis diagnosis = current.diagnosis();
    Locale locale = RequestLocale.of(request, lang);
    StreamingResponseBody body = out -> {
      // The JSON writer closes what it writes to: the response's stream stays Spring's to close.
      try (Writer writer = new OutputStreamWriter(StreamUtils.nonClosing(out), StandardCharsets.UTF_8)) {
        DiagnosisJson.write(diagnosis, writer, summary, locale);
      }
    };
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
