package org.maillon.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.maillon.model.TextLimits;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users, for admins: list them, create one with a role. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "users", description = "Who may sign in, with which role (admins only)")
class UserController {

  /** A new user: a name the users table keeps whole, a password bcrypt reads whole, an id of the model. */
  record NewUser(
      @NotBlank @Size(max = 100) String username,
      @NotBlank @Size(min = 8, max = 72) String password,
      @NotBlank @Pattern(regexp = "(?i)admin|manager|member") String role,
      @Size(max = TextLimits.ID) String personId) {}

  private final UserService users;

  UserController(UserService users) {
    this.users = users;
  }

  @Operation(summary = "All users, by name")
  @GetMapping
  List<UserAccount> all() {
    return users.all();
  }

  @Operation(summary = "Create a user with a role; a member may be linked to their person in the model")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UserAccount create(@Valid @RequestBody NewUser user) {
    return users.create(user.username(), user.password(), Role.of(user.role()), user.personId());
  }
}
