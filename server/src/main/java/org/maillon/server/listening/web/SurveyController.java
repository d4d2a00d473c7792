package org.maillon.server.listening.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillon.server.listening.AlreadyAnswered;
import org.maillon.server.listening.CampaignKind;
import org.maillon.server.listening.Answer;
import org.maillon.server.listening.FormErrors;
import org.maillon.server.listening.ListeningRejected;
import org.maillon.server.listening.ListeningService;
import org.maillon.server.listening.NewResponse;
import org.maillon.server.listening.Question;
import org.maillon.server.listening.Survey;
import org.maillon.server.listening.UnknownInvitation;
import org.maillon.server.listening.Violation;
import org.maillon.server.system.Notice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a respondent opens from an invitation ({@code /r/{token}}), without signing in: the
 * supplier team's questions in the respondent's language, answered by a plain form (field
 * {@code q0}, {@code q1}… per question), recorded by the same service as the API. A respondent may be a
 * final customer: its pages have the public frame, with the organisation's name and nothing internal.
 */
@Controller
class SurveyController {

  private final ListeningService listening;
  private final FormErrors errors;
  private final MessageSource messages;

  SurveyController(ListeningService listening, FormErrors errors, MessageSource messages) {
    this.listening = listening;
    this.errors = errors;
    this.messages = messages;
  }

  @GetMapping("/r/{token}")
  String show(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
    try {
      return form(token, listening.survey(token), Map.of(), Map.of(), List.of(), locale, model);
    } catch (UnknownInvitation | AlreadyAnswered e) {
      return closed(e, response, model);
    }
  }

  /** The view of the notices a respondent reads, in the public frame. */
  static final String NOTICE = "listening/survey-notice";

  @ModelAttribute("organization")
  String organization() {
    return listening.organizationName().orElse(null);
  }

  @PostMapping("/r/{token}")
  String answer(@PathVariable String token, @RequestParam Map<String, String> fields, Locale locale, Model model,
      HttpServletResponse response) {
    Survey survey;
    try {
      survey = listening.survey(token);
    } catch (UnknownInvitation | AlreadyAnswered e) {
      return closed(e, response, model);
    }
    List<Integer> positions = new ArrayList<>();
    List<Answer> answers = new ArrayList<>();
    for (Question question : survey.questions()) {
      String given = fields.get("q" + question.position());
      if (given != null && !given.isBlank()) {
        positions.add(question.position());
        answers.add(question.type().scored() ? new Answer(question.position(), given, null)
            : Answer.text(question.position(), given));
      }
    }
    try {
      listening.respond(token, new NewResponse(answers, fields.containsKey("consent") ? Boolean.TRUE : null,
          fields.get("contact")), respondentLanguage(locale));
      model.addAttribute(Notice.ATTRIBUTE, new Notice("survey-thanks", "listening.survey.thanks.title",
          survey.kind() == CampaignKind.PULSE ? "listening.survey.pulseThanks" : "listening.survey.thanks.text"));
      return NOTICE;
    } catch (ListeningRejected rejected) {
      response.setStatus(422);
      model.addAttribute("followUpProblems", followUpProblems(rejected, locale));
      return form(token, survey, fields, problemsByQuestion(rejected, positions, locale), general(rejected, locale), locale,
          model);
    } catch (UnknownInvitation | AlreadyAnswered e) {
      return closed(e, response, model);
    }
  }

  private String form(String token, Survey survey, Map<String, String> given, Map<Integer, String> problems, List<String> general,
      Locale locale, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("team", listening.label(survey.team()));
    model.addAttribute("questions", survey.questions());
    model.addAttribute("pulse", survey.kind() == CampaignKind.PULSE);
    model.addAttribute("lang", respondentLanguage(locale));
    model.addAttribute("given", given);
    model.addAttribute("problems", problems);
    model.addAttribute("general", general);
    return "listening/survey";
  }

  /** A used link answers 409 with its page, an unknown one 404. */
  private static String closed(RuntimeException e, HttpServletResponse response, Model model) {
    boolean used = e instanceof AlreadyAnswered;
    response.setStatus(used ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_NOT_FOUND);
    model.addAttribute(Notice.ATTRIBUTE, used
        ? new Notice("survey-answered", "listening.survey.answered.title", "listening.survey.answered.text")
        : new Notice("survey-unknown", "listening.survey.unknown.title", "listening.survey.unknown.text"));
    return NOTICE;
  }

  /** The problems of each answer, on its question's position (the form skips unanswered questions). */
  private Map<Integer, String> problemsByQuestion(ListeningRejected rejected, List<Integer> positions, Locale locale) {
    Map<Integer, String> problems = new HashMap<>();
    for (Violation violation : rejected.violations()) {
      if (violation.field().startsWith("answers[")) {
        int index = Integer.parseInt(violation.field().substring(8, violation.field().indexOf(']')));
        problems.putIfAbsent(positions.get(index), errors.message(violation, locale));
      } else if (isUnanswered(violation)) {
        problems.putIfAbsent((Integer) violation.arguments().get(0),
            messages.getMessage("listening.survey.unanswered", null, locale));
      }
    }
    return problems;
  }

  private List<String> general(ListeningRejected rejected, Locale locale) {
    return rejected.violations().stream().filter(v -> !v.field().startsWith("answers[") && !isUnanswered(v))
        .filter(v -> !isFollowUp(v)).map(v -> errors.message(v, locale)).toList();
  }

  private List<String> followUpProblems(ListeningRejected rejected, Locale locale) {
    return rejected.violations().stream().filter(SurveyController::isFollowUp).map(v -> errors.message(v, locale))
        .toList();
  }

  /** A problem of the wish to be contacted (consent, contact): shown under that part of the form. */
  private static boolean isFollowUp(Violation violation) {
    return "consent".equals(violation.field()) || "contact".equals(violation.field());
  }

  /** A pulse score left unanswered: shown under its question. */
  private static boolean isUnanswered(Violation violation) {
    return "unanswered".equals(violation.code());
  }

  /** The language recorded with the response: French or English, as the page was shown. */
  private static Locale respondentLanguage(Locale locale) {
    return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
  }
}
