package org.maillon.server.teams.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.maillon.card.CardStatement.Problem;
import org.maillon.diagnosis.Diagnosis;
import org.maillon.modelfile.ModelRejectedException;
import org.maillon.model.Procedure;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.VersionReasons;
import org.maillon.server.teams.CardEditor;
import org.maillon.server.teams.CardRejectedException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /teams/{id}/card/edit}: a team's lead (or a lead above them, a manager, an admin) edits
 * the team's commitments toward its customers, its expectations toward its suppliers and its
 * procedures, with a reason, through the same {@link CardEditor} as the API. A refused card comes
 * back with each problem beside its field, in the reader's language, and nothing changed.
 */
@Controller
class CardEditPageController {

  /** The fields a problem can be shown beside; any other problem is said above the form. */
  private static final Pattern PLACED = Pattern.compile("commitments\\[\\d+]\\.(to|text|answers)"
      + "|expectations\\[\\d+]\\.(from|id|text)|procedures\\[\\d+]\\.(name|steps|approvals|serves)|reason");

  private final CurrentOrganization current;
  private final CardEditor editor;
  private final MessageSource messages;

  CardEditPageController(CurrentOrganization current, CardEditor editor, MessageSource messages) {
    this.current = current;
    this.editor = editor;
    this.messages = messages;
  }

  @GetMapping("/teams/{id}/card/edit")
  String edit(@PathVariable String id, Authentication user, Model model) {
    checkEditor(id, user);
    CardForm form = CardForm.of(current.diagnosis().model(), id);
    model.addAttribute("form", form);
    return page(id, form, null, null, Map.of(), List.of(), model);
  }

  /**
   * Saves the card when the save button was pressed; otherwise adds or removes the row a button
   * asked for and shows the form again, saving nothing.
   */
  @PostMapping("/teams/{id}/card/edit")
  String save(@PathVariable String id, @ModelAttribute("form") CardForm form,
      @RequestParam(required = false) String save, @RequestParam(required = false) String add,
      @RequestParam(required = false) String remove, Authentication user, Locale locale, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    checkEditor(id, user);
    if (save == null) {
      return page(id, form, add, remove, Map.of(), List.of(), model);
    }
    Diagnosis diagnosis = current.diagnosis();
    CardFormReading reading = new CardFormReading(form, id, person -> diagnosis.person(person).isPresent(),
        otherProcedures(diagnosis, id));
    List<Problem> problems = new ArrayList<>(reading.problems());
    List<String> invalidModel = new ArrayList<>();
    try {
      if (problems.isEmpty()) {
        redirect.addFlashAttribute("savedVersion",
            editor.save(user, id, reading.statement(), form.getReason(), locale));
        return "redirect:/teams/{id}";
      }
      editor.problems(id, reading.statement(), form.getReason(), locale).stream().map(reading::located)
          .forEach(problems::add);
    } catch (CardRejectedException rejected) {
      rejected.problems().stream().map(reading::located).forEach(problems::add);
    } catch (ModelRejectedException rejected) {
      rejected.problems().forEach(problem -> invalidModel.add(problem.message()));
    }
    return refused(id, form, problems, invalidModel, locale, model, response);
  }

  /** The form again, status 422: each problem beside its field, in this language, and those of no field above. */
  private String refused(String id, CardForm form, List<Problem> problems, List<String> invalidModel, Locale locale,
      Model model, HttpServletResponse response) {
    List<String> general = new ArrayList<>(invalidModel);
    Map<String, String> placed = new LinkedHashMap<>();
    for (Problem problem : problems) {
      String message = messages.getMessage("cardEdit.problem." + problem.code(), null, problem.message(), locale);
      if (PLACED.matcher(problem.field()).matches()) {
        placed.putIfAbsent(problem.field(), message);
      } else {
        general.add(message);
      }
    }
    model.addAttribute("problemCount", problems.size() + invalidModel.size());
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    return page(id, form, null, null, placed, general, model);
  }

  private void checkEditor(String id, Authentication user) {
    if (current.diagnosis().team(id).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No team has the id " + id + ".");
    }
    if (!editor.mayEdit(user, id)) {
      throw new AccessDeniedException("Only the team's lead, the leads above them, managers and admins edit its card.");
    }
  }

  private String page(String id, CardForm form, String add, String remove, Map<String, String> problems,
      List<String> general, Model model) {
    model.addAttribute("parts", CardEditParts.of(current.diagnosis(), id, form, add, remove));
    model.addAttribute("problems", problems);
    model.addAttribute("general", general);
    model.addAttribute("reasonMax", VersionReasons.MAX);
    return "teams/edit";
  }

  private static Set<String> otherProcedures(Diagnosis diagnosis, String team) {
    Set<String> ids = new HashSet<>();
    for (Procedure procedure : diagnosis.model().procedures()) {
      if (!team.equals(procedure.team())) {
        ids.add(procedure.id());
      }
    }
    return ids;
  }
}
