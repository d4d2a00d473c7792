package org.maillon.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillon.server.organization.CurrentOrganization;
import org.maillon.server.organization.OrganizationService;
import org.maillon.server.testing.ApiTest;
import org.maillon.server.testing.ExampleModels;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser hardening in a headless Chromium: every page of the menu draws its charts under the
 * Content Security Policy ({@link Browser#close()} fails on any violation), an inline script is
 * refused, the import form still imports, and a page of another site cannot make the browser
 * import a model with the HTTP Basic credentials it cached.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BrowserHardeningBrowserIntegrationTests {

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired CurrentOrganization current;

  @BeforeAll
  void theSmeIsCurrent() {
    Browser.assumeAvailable();
    ExampleModels.smeIsCurrent(organizations, current);
  }

  @Test
  void everyPageOfTheMenuDrawsItsChartsWithNoPolicyViolation() {
    try (Browser browser = Browser.open(port, 1280, 900)) {
      browser.signIn("admin", ApiTest.ADMIN_PASSWORD);
      browser.get("/?lang=en");
      List<String> pages = new ArrayList<>(browser.all(".navbar a.nav-link[href], .navbar a.dropdown-item[href]")
          .stream().map(a -> a.getDomAttribute("href")).toList());
      assertThat(pages).contains("/", "/value-chain", "/bureaucracy", "/centricity", "/pulse", "/model", "/api/docs");
      pages.addAll(List.of("/teams/logistique", "/teams/logistique/voice", "/teams/logistique/centricity"));
      Map<String, Integer> charts = new TreeMap<>();
      for (String page : pages) {
        browser.get(page);
        if (page.startsWith("/api/docs")) {
          // springdoc describes the API on the first request for it: slow on a busy machine
          new WebDriverWait(browser.driver, Duration.ofSeconds(60))
              .until(d -> !d.findElements(By.cssSelector(".swagger-ui .information-container .title")).isEmpty());
          continue;
        }
        browser.awaitCharts();
        charts.put(page, browser.all("[data-chart][data-rendered=true]").size());
        assertThat(browser.all("footer.bottom")).as(page).hasSize(1);
      }
      assertThat(charts).allSatisfy((page, drawn) -> {
        if (List.of("/value-chain", "/hierarchy", "/bureaucracy", "/support", "/centricity", "/teams/logistique")
            .contains(page)) {
          assertThat(drawn).as("charts drawn on " + page).isPositive();
        }
      });
    }
  }

  @Test
  void aChartsTooltipShowsWithNoPolicyViolation() {
    try (Browser browser = Browser.open(port, 1280, 900)) {
      browser.signIn("admin", ApiTest.ADMIN_PASSWORD);
      browser.get("/value-chain?lang=en");
      browser.awaitCharts();
      WebElement chart = browser.find("#hops-chart");
      browser.script("var chart = arguments[0]; chart.scrollIntoView({block: 'center', behavior: 'instant'});"
          + " echarts.getInstanceByDom(chart).on('updateAxisPointer', function (e) {"
          + " if (e.axesInfo.length) { chart.setAttribute('data-pointed', 'true'); } });", chart);
      new Actions(browser.driver).moveToElement(chart).perform();
      new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "true".equals(chart.getDomAttribute("data-pointed")));

      assertThat(browser.all("#hops-chart > div")).as("no HTML tooltip: it is drawn on the canvas").hasSize(1);
      browser.screenshot("tooltip-on-canvas");
    }
  }

  @Test
  void anInlineScriptIsRefused() {
    try (Browser browser = Browser.open(port, 1280, 900)) {
      browser.get("/login");
      Object ran = browser.script("var s = document.createElement('script'); s.textContent = 'window.inline = 1;';"
          + " document.head.appendChild(s); return window.inline === 1;");

      assertThat(ran).isEqualTo(false);
      assertThat(browser.takePolicyViolations()).singleElement().asString().contains("script-src 'self'");
    }
  }

  @Test
  void theImportFormOfTheModelPageStillImports() throws IOException {
    Path model = Files.createTempFile("sme-", ".yaml");
    Files.write(model, ExampleModels.bytes("sme.yaml"));
    int versions = organizations.versions().size();
    try (Browser browser = Browser.open(port, 1280, 900)) {
      browser.signIn("admin", ApiTest.ADMIN_PASSWORD);
      browser.get("/model?lang=en");
      browser.find("#import input[type=file]").sendKeys(model.toString());
      browser.find("#import button[type=submit]").click();
      new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> organizations.versions().size() > versions);
    } finally {
      Files.delete(model);
    }
  }

  @Test
  void aPageOfAnotherSiteCannotImportWithTheCredentialsTheBrowserCached(CapturedOutput log) throws IOException {
    HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String maillon = "http://localhost:" + port;
    byte[] page = attack(maillon + "/api/model").getBytes(StandardCharsets.UTF_8);
    evil.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    evil.start();
    int versions = organizations.versions().size();
    try (Browser browser = Browser.open(port, 1280, 900)) {
      browser.driver.get("http://admin:" + ApiTest.ADMIN_PASSWORD + "@localhost:" + port + "/api/model/versions");
      assertThat(browser.driver.getPageSource()).as("the credentials, cached").contains("\"importedBy\"");

      browser.driver.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
      new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().startsWith(maillon + "/api/model"));
      assertThat(browser.driver.getPageSource()).contains("another site");
    } finally {
      evil.stop(0);
    }
    assertThat(log.getAll()).contains("cross-site refused method=POST path=/api/model sec-fetch-site=cross-site");
    assertThat(organizations.versions()).hasSize(versions);
  }

  /**
   * A page that makes the browser post a model to Maillon, as a form would: a multipart post needs
   * no preflight, and the browser sends it with the credentials it holds for Maillon.
   */
  private static String attack(String target) {
    return """
        <!DOCTYPE html><html><head><title>waiting</title></head><body>
        <form id="f" method="post" enctype="multipart/form-data" action="%s"><input type="file" name="file"></form>
        <script>
        var files = new DataTransfer();
        files.items.add(new File([%s], 'pwned.yaml', {type: 'application/yaml'}));
        document.querySelector('#f input').files = files.files;
        document.getElementById('f').submit();
        </script></body></html>""".formatted(target,
        JsonMapper.builder().build().writeValueAsString(new String(ExampleModels.bytes("sme.yaml"), StandardCharsets.UTF_8)));
  }
}
