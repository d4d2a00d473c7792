package org.maillon.server.listening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.maillon.server.system.RequestLocale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A respondent's answers, without sign-in: the single-use token is their only credential. The
 * body is read leniently, so that a malformed answer is a 422 on its field, not a 400 for all.
 */
@RestController
@Tag(name = "listening")
class ResponseController {

  private final ListeningService listening;

  ResponseController(ListeningService listening) {
    this.listening = listening;
  }

  @Operation(summary = "Answer a campaign through an invitation's token (no sign-in; once per token)",
      description = "201 with no body; 409 when the token was used, 404 when unknown, 422 with every"
          + " problem in `errors`. Nothing links the response to the invitation. `consent` (true) with"
          + " `contact` (email or phone, ≤ 200 characters) asks to be contacted: a follow-up for the team's lead,"
          + " the only place the contact is kept; one without the other is a 422.")
  @PostMapping("/api/responses/{token}")
  @ResponseStatus(HttpStatus.CREATED)
  void respond(@PathVariable String token, @RequestBody(required = false) JsonNode body,
      @RequestParam(required = false) String lang, HttpServletRequest request) {
    listening.respond(token, new NewResponse(answers(body), consent(body), body == null ? null : text(body.get("contact"))),
        RequestLocale.of(request, lang));
  }

  /** The answers as given; null when there is no list of them. */
  static List<Answer> answers(JsonNode body) {
    JsonNode list = body == null ? null : body.get("answers");
    if (list == null || !list.isArray()) {
      return null;
    }
    List<Answer> answers = new ArrayList<>();
    for (JsonNode answer : list) {
      answers.add(answer.isObject() ? new Answer(question(answer.get("question")), text(answer.get("value")),
          text(answer.get("text"))) : null);
    }
    return answers;
  }

  /** The consent as given: true only when it is the JSON true. */
  private static Boolean consent(JsonNode body) {
    JsonNode consent = body == null ? null : body.get("consent");
    return consent != null && consent.isBoolean() ? consent.asBoolean() : null;
  }

  private static Integer question(JsonNode node) {
    return node != null && node.isIntegralNumber() && node.canConvertToInt() ? node.asInt() : null;
  }

  /** A value as text: numbers and strings as written, anything else as its JSON (and so rejected). */
  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isString() || node.isNumber() ? node.asString() : node.toString();
  }
}
