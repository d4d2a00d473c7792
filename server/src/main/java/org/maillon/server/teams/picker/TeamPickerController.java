package org.maillon.server.teams.picker;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /pick/teams?scope=&q=}: the suggestions of a team picker (static/js/team-picker.js), at
 * most {@value TeamPicker#SUGGESTED} teams whose id or name begins with what was typed, among those the
 * user may pick in the form's scope.
 */
@RestController
class TeamPickerController {

  /** A team suggested: its id and its name (null when it has none). */
  record Suggestion(String id, String name) {}

  private final TeamPicker picker;

  TeamPickerController(TeamPicker picker) {
    this.picker = picker;
  }

  @GetMapping(path = "/pick/teams", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Suggestion> suggestions(@RequestParam(defaultValue = "any") String scope,
      @RequestParam(required = false) String q, Authentication user) {
    TeamScope within = TeamScope.of(scope)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "scope: any, led or led-or-own"));
    return picker.suggestions(user, within, q).stream().map(t -> new Suggestion(t.id(), t.name())).toList();
  }
}
