package org.maillon.server.listening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Logged listening conversations: members log and read their own team's and those of the teams
 * they lead, managers any team's.
 */
@RestController
@RequestMapping("/api/conversations")
@Tag(name = "listening")
class ConversationController {

  static final int MAX_LISTED = 1000;

  private final ListeningService listening;

  ConversationController(ListeningService listening) {
    this.listening = listening;
  }

  @Operation(summary = "Log a conversation a team held with one of its customers",
      description = "heldAt defaults to now and may not be in the future. Members log for their own team and the teams they lead.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Conversation log(@RequestBody NewConversation conversation, Authentication authentication) {
    listening.teamFor(authentication, conversation.team());
    return listening.logConversation(conversation, authentication.getName());
  }

  @Operation(summary = "The latest conversations, of a team and a customer when asked",
      description = "Members see their own team's when they ask for none, and may ask for a team they lead.")
  @GetMapping
  List<Conversation> latest(@RequestParam(required = false) String team,
      @RequestParam(required = false) String customer, @RequestParam(defaultValue = "100") int limit,
      Authentication authentication) {
    return listening.conversations(listening.teamFor(authentication, blankToNull(team)), blankToNull(customer),
        Math.min(Math.max(limit, 1), MAX_LISTED));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
