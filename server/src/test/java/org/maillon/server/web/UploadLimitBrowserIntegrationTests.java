package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.ExampleModels;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The model import form in a headless Chromium, imports limited to 1 MB: a larger file is refused
 * before it is sent, with a plain message in the page's language, and nothing is imported; a file
 * within the limit is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "maillon.data-dir=target/test-data/maillon-upload-browser-${random.uuid}",
    "maillon.admin-password=" + UploadLimitBrowserIntegrationTests.PASSWORD,
    "maillon.limits.model-body=1MB"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadLimitBrowserIntegrationTests {

  static final String PASSWORD = "upload-browser-secret-for-tests";

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @TempDir Path dir;
  Browser browser;

  @BeforeAll
  void signIn() {
    Browser.assumeAvailable();
    browser = Browser.open(port, 1280, 900);
    browser.signIn("admin", PASSWORD);
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsSent() throws IOException {
    int versions = organizations.versions().size();
    Path big = Files.write(dir.resolve("big.yaml"), new byte[2 << 20]);

    for (String language : new String[] {"fr", "en"}) {
      browser.get("/model?lang=" + language);
      WebElement file = browser.find("#file");
      file.sendKeys(big.toString());
      browser.find("#import button[type=submit]").click();

      assertThat(browser.script("return arguments[0].validationMessage", file)).isEqualTo(language.equals("fr")
          ? "Ce fichier dépasse les 1 Mo que le serveur accepte. Un zip de fichiers CSV est environ dix fois plus petit."
          : "This file is larger than the 1 MB the server accepts. A zip of CSV files is about ten times smaller.");
      assertThat(browser.path()).isEqualTo("/model?lang=" + language);
    }
    assertThat(organizations.versions()).hasSize(versions);
  }

  @Test
  void aFileWithinTheLimitIsImported() throws IOException {
    int versions = organizations.versions().size();
    Path sme = Files.write(dir.resolve("sme.yaml"), ExampleModels.bytes("sme.yaml"));

    browser.get("/model?lang=en");
    WebElement file = browser.find("#file");
    file.sendKeys(sme.toString());
    assertThat(browser.script("return arguments[0].validationMessage", file)).isEqualTo("");
    browser.find("#import button[type=submit]").click();

    browser.await("#imported");
    assertThat(organizations.versions()).hasSize(versions + 1);
  }
}
