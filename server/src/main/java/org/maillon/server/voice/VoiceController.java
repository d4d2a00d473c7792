package org.maillon.server.voice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.maillon.voice.ListeningReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A team's results (JSON and CSV, the same anonymity in both) and the overdue links. */
@RestController
@Tag(name = "voice", description = "Voice of the customer: results per team and customer, regular listening")
class VoiceController {

  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final TeamVoices voices;
  private final ListeningOnTime listening;

  VoiceController(TeamVoices voices, ListeningOnTime listening) {
    this.voices = voices;
    this.listening = listening;
  }

  @Operation(summary = "A team's NPS with its 95% interval, CSAT, response rate, trend, verbatims, customer groups "
      + "and themes, from answers published by whole batches of at least the anonymity threshold per customer")
  @GetMapping("/api/teams/{id}/voice")
  ResponseEntity<?> voice(@PathVariable String id,
      @Parameter(description = "one customer group only") @RequestParam(required = false) String customer,
      @Parameter(description = "csv for the export") @RequestParam(required = false) String format) {
    TeamVoice voice = voices.voice(id, customer);
    if ("csv".equalsIgnoreCase(format)) {
      return csv(id, voice);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(voice);
  }

  @Operation(summary = "A team's results as CSV: one row per customer group and the total, with the same anonymity")
  @GetMapping(path = "/api/teams/{id}/voice.csv", produces = "text/csv")
  ResponseEntity<String> voiceCsv(@PathVariable String id, @RequestParam(required = false) String customer) {
    return csv(id, voices.voice(id, customer));
  }

  @Operation(summary = "The organisation's links listened to on time, and the overdue ones")
  @GetMapping(path = "/api/listening/overdue", produces = MediaType.APPLICATION_JSON_VALUE)
  ListeningReport overdue() {
    return listening.report();
  }

  @Operation(summary = "One team's links to its customers listened to on time, and the overdue ones")
  @GetMapping(path = "/api/teams/{id}/listening", produces = MediaType.APPLICATION_JSON_VALUE)
  ListeningReport teamListening(@PathVariable String id) {
    return listening.report(id);
  }

  private static ResponseEntity<String> csv(String id, TeamVoice voice) {
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"voice-" + id.replaceAll("[^A-Za-z0-9_-]", "_")
            + ".csv\"")
        .body(VoiceCsv.write(voice));
  }
}
