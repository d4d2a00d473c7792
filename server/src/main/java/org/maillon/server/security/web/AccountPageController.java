package org.maillon.server.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.maillon.server.security.AccountRejected;
import org.maillon.server.security.MailPreferences;
import org.maillon.server.security.MaillonUser;
import org.maillon.server.security.PasswordChange;
import org.maillon.server.security.SignInThrottled;
import org.maillon.server.security.Role;
import org.maillon.server.security.UserService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account}: the signed-in user's name and role, the form that changes their password,
 * which asks for the current one and the new one twice, and their choice of a weekly digest by
 * email, saved with the page's language as the language of the mail they get. Wrong current
 * passwords count as failed sign-ins: after too many, the page asks to wait (429). Someone signed
 * in with their company account sees neither form: their password is the company's, and no
 * account of theirs is stored to keep a choice in.
 */
@Controller
class AccountPageController {

  private final UserService users;
  private final MailPreferences mail;
  private final AccountMessages messages;

  AccountPageController(UserService users, MailPreferences mail, AccountMessages messages) {
    this.users = users;
    this.mail = mail;
    this.messages = messages;
  }

  @GetMapping("/account")
  String account(Authentication user, Locale locale, Model model) {
    return page(user, Map.of(), locale, model);
  }

  @PostMapping("/account/password")
  String changePassword(PasswordChange change, Authentication user, Locale locale, Model model,
      RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
    try {
      users.changeOwnPassword(user.getName(), change, request.getRemoteAddr());
      redirect.addFlashAttribute("done", messages.text("account.changed", locale));
      return "redirect:/account";
    } catch (AccountRejected rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(user, messages.byField(rejected, locale), locale, model);
    } catch (SignInThrottled throttled) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.seconds()));
      model.addAttribute("throttled", messages.text("account.throttled", locale, throttled.minutes()));
      return page(user, Map.of(), locale, model);
    }
  }

  @PostMapping("/account/digest")
  String chooseDigest(@RequestParam(defaultValue = "false") boolean weeklyDigest, Authentication user, Locale locale,
      RedirectAttributes redirect) {
    if (!(user instanceof OAuth2AuthenticationToken)) {
      mail.choose(user.getName(), weeklyDigest, locale);
    }
    redirect.addFlashAttribute("done", messages.text(weeklyDigest ? "account.digestOn" : "account.digestOff", locale));
    return "redirect:/account";
  }

  /**
   * The page; someone signed in through the company's provider has no account stored here, nor a
   * password to change: the page gives their name and role and says where their password lives.
   */
  private String page(Authentication user, Map<String, String> errors, Locale locale, Model model) {
    boolean company = user instanceof OAuth2AuthenticationToken;
    Role role = company ? ((MaillonUser) user.getPrincipal()).role() : users.get(user.getName()).role();
    model.addAttribute("username", user.getName());
    model.addAttribute("company", company);
    if (!company) {
      model.addAttribute("mail", mail.of(user.getName()));
    }
    model.addAttribute("roleName", messages.role(role, locale));
    model.addAttribute("errors", errors);
    return "security/account";
  }
}
