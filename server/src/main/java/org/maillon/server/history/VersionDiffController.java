package org.maillon.server.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.maillon.diff.VersionDiff;
import org.maillon.diff.VersionDiffJson;
import org.maillon.server.system.RequestLocale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** What one stored version changes against another, in the JSON {@code maillon diff} prints. */
@RestController
@Tag(name = "model")
class VersionDiffController {

  private final VersionHistory history;

  VersionDiffController(VersionHistory history) {
    this.history = history;
  }

  @Operation(summary = "What version `newer` changes against version `older`, as `maillon diff --format json` prints it",
      description = "Either order is accepted: `older` is the reference. 404 when a version does not exist.")
  @GetMapping(path = "/api/model/versions/{older}/diff/{newer}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<StreamingResponseBody> diff(@PathVariable long older, @PathVariable long newer,
      @Parameter(description = "language of the findings' messages: en or fr; else Accept-Language")
          @RequestParam(required = false) String lang,
      HttpServletRequest request) {
    VersionDiff diff = history.compare(older, newer).diff();
    Locale locale = RequestLocale.of(request, lang);
    StreamingResponseBody body = out -> {
      try (Writer writer = new OutputStreamWriter(StreamUtils.nonClosing(out), StandardCharsets.UTF_8)) {
        VersionDiffJson.write(diff, writer, locale);
      }
    };
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
