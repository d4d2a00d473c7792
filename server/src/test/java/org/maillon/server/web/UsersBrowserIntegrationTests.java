package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.MutableClock;
import org.maillon.server.testing.SignInServerTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The users page in a headless Chromium, in French: an admin finds it in the menu, creates a user
 * (a short password is shown beside its field), disables them (their open browser is signed out),
 * cannot disable themselves, enables them again and deletes them; the user changes their own
 * password on their account page, reached from their name in the menu bar.
 */
@SignInServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersBrowserIntegrationTests {

  static final String PASSWORD = "mot de passe assez long";
  static final String NEW_PASSWORD = "un autre mot de passe long";

  @LocalServerPort int port;
  @Autowired MutableClock clock;
  Browser admin;

  @BeforeAll
  void signIn() {
    Browser.assumeAvailable();
    clock.advance(Duration.ofMinutes(6));
    admin = Browser.open(port, 1280, 900);
    admin.signIn("admin", ApiTest.ADMIN_PASSWORD);
  }

  @AfterAll
  void close() {
    if (admin != null) {
      admin.close();
    }
  }

  @Test
  void anAdminManagesAUserFromCreationToDeletion() {
    admin.get("/?lang=fr");
    admin.find("#nav-data").click();
    admin.await("#nav-data + .dropdown-menu a[href='/users']");
    assertThat(admin.text("#nav-data + .dropdown-menu a[href='/users']")).isEqualTo("Utilisateurs");
    admin.find("#nav-data + .dropdown-menu a[href='/users']").click();
    await(admin, "/users");

    create("camille", "court");
    assertThat(admin.find("#new-password").getAttribute("class")).contains("is-invalid");
    assertThat(admin.text("#new-password-error")).isEqualTo("Un mot de passe a au moins 12 caractères.");
    assertThat(admin.find("#new-username").getAttribute("value")).isEqualTo("camille");
    admin.find("#new-password").sendKeys(PASSWORD);
    admin.submit("#new-user-form button[type=submit]");
    assertThat(admin.text("#done")).isEqualTo("Utilisateur camille créé.");
    assertThat(admin.text("#users")).contains("camille").contains("membre").contains("actif");
    admin.screenshot("users-fr");

    try (Browser camille = Browser.open(port, 1280, 900)) {
      camille.signIn("camille", PASSWORD);
      admin.find("#users a[href='/users/camille']").click();
      await(admin, "/users/camille");
      admin.submit("#disable-form button");
      assertThat(admin.text("#done")).isEqualTo("camille est désactivé.");
      assertThat(admin.text("#status")).isEqualTo("désactivé");

      camille.get("/teams");
      assertThat(camille.path()).startsWith("/login");
    }

    admin.get("/users/admin");
    admin.submit("#disable-form button");
    assertThat(admin.text("#refusal"))
        .isEqualTo("Vous ne pouvez pas faire cela à votre propre compte (admin) : demandez à un autre administrateur.");
    admin.screenshot("user-refused-fr");

    admin.get("/users/camille");
    admin.submit("#enable-form button");
    new Select(admin.find("#role")).selectByValue("manager");
    admin.submit("#role-form button");
    assertThat(admin.text("#done")).isEqualTo("Le rôle de camille est maintenant manager.");
    changeOwnPassword();

    admin.get("/users/camille");
    admin.submit("#delete-form button");
    assertThat(admin.path()).isEqualTo("/users");
    assertThat(admin.text("#done")).isEqualTo("Utilisateur camille supprimé.");
    assertThat(admin.all("#users a[href='/users/camille']")).isEmpty();
  }

  /** Camille, enabled again, reaches their account from their name and changes their password. */
  private void changeOwnPassword() {
    try (Browser camille = Browser.open(port, 1280, 900)) {
      camille.signIn("camille", PASSWORD);
      camille.get("/?lang=fr");
      camille.find(".navbar a.user").click();
      await(camille, "/account");
      type(camille, "#current", PASSWORD);
      type(camille, "#new", NEW_PASSWORD);
      type(camille, "#repeated", NEW_PASSWORD + "!");
      camille.submit("#password-form button");
      assertThat(camille.text("#repeated-error")).isEqualTo("Les deux nouveaux mots de passe diffèrent.");
      camille.screenshot("account-fr");

      type(camille, "#current", PASSWORD);
      type(camille, "#new", NEW_PASSWORD);
      type(camille, "#repeated", NEW_PASSWORD);
      camille.submit("#password-form button");
      assertThat(camille.path()).isEqualTo("/account");
      assertThat(camille.text("#done")).isEqualTo("Votre mot de passe est changé. Vos autres navigateurs sont déconnectés.");
    }
    try (Browser again = Browser.open(port, 1280, 900)) {
      again.signIn("camille", NEW_PASSWORD);
      assertThat(again.path()).doesNotStartWith("/login");
    }
  }

  private void create(String name, String password) {
    type(admin, "#new-username", name);
    type(admin, "#new-password", password);
    admin.submit("#new-user-form button[type=submit]");
  }


  private static void type(Browser browser, String css, String text) {
    WebElement field = browser.find(css);
    field.clear();
    field.sendKeys(text);
  }

  private static void await(Browser browser, String path) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> browser.path().equals(path) && !d.findElements(By.cssSelector("main")).isEmpty());
  }
}
