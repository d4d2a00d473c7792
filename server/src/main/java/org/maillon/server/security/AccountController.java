package org.maillon.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account, for every role: who they are, and changing their password. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "me", description = "One's own account")
class AccountController {

  record OwnNewPassword(String currentPassword, String newPassword) {}

  private final UserService users;

  AccountController(UserService users) {
    this.users = users;
  }

  @Operation(summary = "The signed-in user: name, role, whether enabled, person")
  @GetMapping
  UserAccount me(Authentication user) {
    return users.get(user.getName());
  }

  @Operation(summary = "Change one's own password {currentPassword, newPassword}",
      description = "422 with located errors for a wrong current password or a new one that breaks a rule; a wrong "
          + "current password counts as a failed sign-in, and too many of them answer 429 with Retry-After.")
  @PutMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@RequestBody OwnNewPassword body, Authentication user, HttpServletRequest request) {
    users.changeOwnPassword(user.getName(), new PasswordChange(body.currentPassword(), body.newPassword(), null),
        request.getRemoteAddr());
  }
}
