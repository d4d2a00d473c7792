package org.maillon.server.actions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Actions through the API: everyone signed in reads them; writes follow {@link ActionService}'s rights. */
@RestController
@RequestMapping("/api/actions")
@Tag(name = "actions")
class ActionController {

  private final ActionService actions;

  ActionController(ActionService actions) {
    this.actions = actions;
  }

  @Operation(summary = "Create an action of a team",
      description = "Owner defaults to the team's lead, due (YYYY-MM-DD) to 30 days from today, status to open. "
          + "The team's leads, managers and admins only.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Action create(@RequestBody NewAction action, Authentication authentication) {
    return actions.create(action, authentication);
  }

  @Operation(summary = "Actions, of a team, an owner and a status when asked; overdue first")
  @GetMapping
  List<Action> list(@RequestParam(required = false) String team, @RequestParam(required = false) String owner,
      @RequestParam(required = false) String status) {
    return actions.actions(blankToNull(team), blankToNull(owner), ActionRules.statusFilter(status));
  }

  @Operation(summary = "One action, and whether its source is gone from the diagnosis")
  @GetMapping("/{id}")
  Action one(@PathVariable long id) {
    return actions.action(id);
  }

  @Operation(summary = "Change an action's status, notes, due day, owner or title",
      description = "The team's leads, managers and admins change any of them; the owner its status and notes.")
  @PatchMapping("/{id}")
  Action change(@PathVariable long id, @RequestBody ActionChange change, Authentication authentication) {
    return actions.change(id, change, authentication);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
