package org.maillon.server.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.maillon.server.security.AccountRefused;
import org.maillon.server.security.AccountRejected;
import org.maillon.server.security.NewUser;
import org.maillon.server.security.PersonLabels;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserAccount;
import org.maillon.server.security.UserService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /users} (admins only, by the security configuration): the users and a form to create
 * one; {@code /users/{name}}: one user's role, password, status and deletion. Each action
 * redirects with what was done; a broken rule shows the form again with its errors (422), a
 * refused action says why (409).
 */
@Controller
class UsersPageController {

  /** One page's answer to a form: the request's language, model, redirect and response. */
  private record Reply(Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {}

  private static final String LIST = "redirect:/users";
  private static final String USER = "redirect:/users/{username}";

  private final UserService users;
  private final AccountMessages messages;
  private final PersonLabels people;

  UsersPageController(UserService users, AccountMessages messages, PersonLabels people) {
    this.users = users;
    this.messages = messages;
    this.people = people;
  }

  @GetMapping("/users")
  String list(Model model) {
    return listPage(new NewUser("", "", Role.MEMBER.code(), ""), Map.of(), model);
  }

  @PostMapping("/users")
  String create(NewUser form, Authentication admin, Locale locale, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      UserAccount created = users.create(new NewUser(form.username(), form.password(), form.role(),
          person(form.personId())), admin.getName());
      redirect.addFlashAttribute("done", messages.text("users.done.created", locale, created.username()));
      return LIST;
    } catch (AccountRejected rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return listPage(new NewUser(form.username(), "", form.role(), form.personId()),
          messages.byField(rejected, locale), model);
    }
  }

  /** The person typed by their name (or id) in the current model; the text itself when no one person has it. */
  private String person(String typed) {
    return people.idOf(typed);
  }

  @GetMapping("/users/{username}")
  String one(@PathVariable String username, Model model) {
    return userPage(known(username), Map.of(), null, model);
  }

  @PostMapping("/users/{username}/role")
  String role(@PathVariable String username, @RequestParam(required = false) String role, Authentication admin,
      Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    return act(username, USER, new Reply(locale, model, redirect, response), () -> messages.text("users.done.role",
        locale, username, messages.role(users.setRole(username, role, admin.getName()).role(), locale)));
  }

  @PostMapping("/users/{username}/password")
  String password(@PathVariable String username, @RequestParam(required = false) String password,
      Authentication admin, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response) {
    return act(username, USER, new Reply(locale, model, redirect, response), () -> {
      users.setPassword(username, password, admin.getName());
      return messages.text("users.done.password", locale, username);
    });
  }

  @PostMapping("/users/{username}/disable")
  String disable(@PathVariable String username, Authentication admin, Locale locale, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    return setEnabled(username, false, admin, new Reply(locale, model, redirect, response));
  }

  @PostMapping("/users/{username}/enable")
  String enable(@PathVariable String username, Authentication admin, Locale locale, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    return setEnabled(username, true, admin, new Reply(locale, model, redirect, response));
  }

  @PostMapping("/users/{username}/delete")
  String delete(@PathVariable String username, Authentication admin, Locale locale, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    return act(username, LIST, new Reply(locale, model, redirect, response), () -> {
      users.delete(username, admin.getName());
      return messages.text("users.done.deleted", locale, username);
    });
  }

  private String setEnabled(String username, boolean enable, Authentication admin, Reply reply) {
    return act(username, USER, reply, () -> {
      users.setEnabled(username, enable, admin.getName());
      return messages.text(enable ? "users.done.enabled" : "users.done.disabled", reply.locale(), username);
    });
  }

  /**
   * Does an action on a user, then goes where told to show what was done, or shows the user again
   * with why it was not done.
   */
  private String act(String username, String then, Reply reply, Supplier<String> action) {
    UserAccount user = known(username);
    try {
      reply.redirect().addFlashAttribute("done", action.get());
      return then;
    } catch (AccountRejected rejected) {
      reply.response().setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return userPage(user, messages.byField(rejected, reply.locale()), null, reply.model());
    } catch (AccountRefused refused) {
      reply.response().setStatus(HttpStatus.CONFLICT.value());
      return userPage(user, Map.of(), messages.refusal(refused, reply.locale()), reply.model());
    }
  }

  private UserAccount known(String username) {
    try {
      return users.get(username);
    } catch (AccountRefused unknown) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown.getMessage());
    }
  }

  private String listPage(NewUser form, Map<String, String> errors, Model model) {
    List<UserAccount> all = users.all();
    Map<String, String> personNames = new HashMap<>();
    all.stream().map(UserAccount::personId).filter(Objects::nonNull)
        .forEach(person -> personNames.put(person, people.label(person)));
    model.addAttribute("users", all);
    model.addAttribute("personNames", personNames);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("roles", List.of(Role.values()));
    return "security/users";
  }

  private String userPage(UserAccount user, Map<String, String> errors, String refusal, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("personName", user.personId() == null ? null : people.label(user.personId()));
    model.addAttribute("errors", errors);
    model.addAttribute("refusal", refusal);
    model.addAttribute("roles", List.of(Role.values()));
    return "security/user";
  }
}
