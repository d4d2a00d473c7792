package org.maillon.bench.soak;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Someone who got an invitation link and answers it without an account: half of them open the page
 * and post its form (as a browser, with the page's session and CSRF token), half go through the API.
 * Now and then a used link is answered again, which must be refused (409) and change nothing.
 */
final class Respondent {

  private static final List<String> VERBATIMS = List.of(
      "Livraison à l'heure, équipe très aimable.", "Le devis a mis trois semaines à arriver.",
      "Great fitting team, the kitchen looks perfect.", "Nobody answered the after-sales phone for days.",
      "Très bon conseil en magasin, délai de pose trop long.", "Prices went up but the quality followed.");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Server server;
  private final Invitations invitations;

  Respondent(Server server, Invitations invitations) {
    this.server = server;
    this.invitations = invitations;
  }

  void answer(RandomGenerator random) {
    Invitations.Invitation invitation = invitations.next(random);
    if (invitation == null) {
      return;
    }
    Map<Integer, String> answers = answers(invitation.questions(), random);
    boolean answered = random.nextBoolean() ? byPage(invitation.token(), answers) : byApi(invitation, answers);
    if (answered) {
      invitations.answered(invitation.token());
    }
    String used = random.nextInt(20) == 0 ? invitations.usedOne() : null;
    if (used != null) {
      server.send("answer again", "POST /api/responses/{token}", server.request("/api/responses/" + used)
          .header("Content-Type", "application/json").POST(body(Map.of(0, "5"), List.of("nps"))).build(), 409);
    }
  }

  private boolean byPage(String token, Map<Integer, String> answers) {
    Cookies browser = new Cookies();
    Server.Reply page = server.send("answer page", "GET /r/{token}", browser.on(server.request("/r/" + token))
        .header("Accept-Language", "fr").GET().build(), 200);
    if (page.status() != 200) {
      return false;
    }
    browser.keep(page);
    Map<String, String> fields = new LinkedHashMap<>();
    answers.forEach((position, value) -> fields.put("q" + position, value));
    fields.put("_csrf", Cookies.csrf(page.body()));
    Server.Reply sent = server.send("answer", "POST /r/{token}", browser.on(server.request("/r/" + token))
        .header("Accept-Language", "fr").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(User.form(fields)).build(), 200);
    return sent.status() == 200;
  }

  private boolean byApi(Invitations.Invitation invitation, Map<Integer, String> answers) {
    String token = invitation.token();
    Server.Reply sent = server.send("answer", "POST /api/responses/{token}", server.request("/api/responses/" + token)
        .header("Content-Type", "application/json").POST(body(answers, invitation.questions())).build(), 201);
    return sent.status() == 201;
  }

  /** An answer to each question in its range; a free text to text questions, two times in three. */
  static Map<Integer, String> answers(List<String> questions, RandomGenerator random) {
    Map<Integer, String> answers = new LinkedHashMap<>();
    for (int position = 0; position < questions.size(); position++) {
      String value = switch (questions.get(position)) {
        case "nps" -> String.valueOf(random.nextInt(11));
        case "csat", "scale" -> String.valueOf(1 + random.nextInt(5));
        case "hours" -> String.valueOf(random.nextInt(61));
        case "share" -> String.valueOf(random.nextInt(101));
        default -> random.nextInt(3) == 0 ? null : Plan.pick(VERBATIMS, random);
      };
      if (value != null) {
        answers.put(position, value);
      }
    }
    return answers;
  }

  /** The API's body: scores as {@code value}, free texts as {@code text}. */
  private static HttpRequest.BodyPublisher body(Map<Integer, String> answers, List<String> questions) {
    ArrayNode list = JSON.createArrayNode();
    answers.forEach((position, value) -> {
      ObjectNode answer = list.addObject().put("question", position);
      if ("text".equals(questions.get(position))) {
        answer.put("text", value);
      } else {
        answer.put("value", Integer.parseInt(value));
      }
    });
    ObjectNode body = JSON.createObjectNode();
    body.set("answers", list);
    return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
  }
}
