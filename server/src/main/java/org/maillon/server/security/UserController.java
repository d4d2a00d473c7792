package org.maillon.server.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users, for admins: list them, create one with a role, change a password or a role, disable,
 * enable, delete. Broken rules are 422 with every problem located by field; an action that would
 * leave no enabled admin, or that an admin asks on themselves, is 409; an unknown user 404.
 */
@RestController
@RequestMapping("/api/users")
@Tag(name = "users", description = "Who may sign in, with which role (admins only)")
class UserController {

  record NewPassword(String password) {}

  record NewRole(String role) {}

  private final UserService users;

  UserController(UserService users) {
    this.users = users;
  }

  @Operation(summary = "All users, by name, with their role and whether they are enabled")
  @GetMapping
  List<UserAccount> all() {
    return users.all();
  }

  @Operation(summary = "Create a user with a role; a member may be linked to their person in the model",
      description = "Name: letters, digits, . _ @ -; password: 12 characters at least, 72 bytes at most. "
          + "422 with every problem in errors [{field, code, message}].")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  UserAccount create(@RequestBody NewUser user, Authentication admin) {
    return users.create(user, admin.getName());
  }

  @Operation(summary = "One user")
  @GetMapping("/{username}")
  UserAccount one(@PathVariable String username) {
    return users.get(username);
  }

  @Operation(summary = "Give a user a new password {password}; their browser sessions end")
  @PutMapping("/{username}/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void setPassword(@PathVariable String username, @RequestBody NewPassword body, Authentication admin) {
    users.setPassword(username, body.password(), admin.getName());
  }

  @Operation(summary = "Change a user's role {role}: admin, manager or member",
      description = "409 for one's own role or the last enabled admin's.")
  @PutMapping("/{username}/role")
  UserAccount setRole(@PathVariable String username, @RequestBody NewRole body, Authentication admin) {
    return users.setRole(username, body.role(), admin.getName());
  }

  @Operation(summary = "Disable a user: they can no longer sign in, and their browser sessions end",
      description = "409 for oneself or the last enabled admin.")
  @PostMapping("/{username}/disable")
  UserAccount disable(@PathVariable String username, Authentication admin) {
    return users.setEnabled(username, false, admin.getName());
  }

  @Operation(summary = "Enable a disabled user again")
  @PostMapping("/{username}/enable")
  UserAccount enable(@PathVariable String username, Authentication admin) {
    return users.setEnabled(username, true, admin.getName());
  }

  @Operation(summary = "Delete a user", description = "409 for oneself or the last enabled admin.")
  @DeleteMapping("/{username}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String username, Authentication admin) {
    users.delete(username, admin.getName());
  }
}
