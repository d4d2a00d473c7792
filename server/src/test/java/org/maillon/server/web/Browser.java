package org.maillon.server.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromium-driver}
 * at fixed paths, pointed at explicitly so that Selenium Manager never looks for, nor downloads, a
 * browser or a driver. Where they are absent the tests are skipped with a notice on the standard
 * error, unless the environment variable {@code CI} is set: there they fail. Every browser test
 * also fails when the page broke the Content Security Policy ({@link #close()}): whatever it
 * visited drew without inline scripts or styles.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final ChromeDriver driver;
  private final String base;
  private final Path profile;

  /** The page area's size when set by {@link #viewport}, else null: the window's. */
  private Dimension viewport;

  private Browser(ChromeDriver driver, String base, Path profile) {
    this.driver = driver;
    this.base = base;
    this.profile = profile;
  }

  /** Skips the calling test (or fails it on CI) when Chromium or its driver is missing. */
  static void assumeAvailable() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (present) {
      return;
    }
    String notice = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
        + " (Debian packages chromium and chromium-driver); they are missing.";
    if (System.getenv("CI") != null) {
      Assertions.fail(notice + " CI is set, so this is a failure.");
    }
    System.err.println("NOTICE: " + notice + " Skipping the browser tests.");
    Assumptions.abort(notice);
  }

  /** A fresh browser (its own profile) on the server at this port, with a window of this size. */
  static Browser open(int port, int width, int height) {
    return open(port, width, height, true);
  }

  /**
   * A fresh browser as {@link #open} whose pages run none of their scripts, as a reader who turned
   * them off: what the forms do without them. The test's own scripts ({@link #script}) still run.
   */
  static Browser withoutScripts(int port, int width, int height) {
    return open(port, width, height, false);
  }

  private static Browser open(int port, int width, int height, boolean scripts) {
    assumeAvailable();
    // The driver and the browser are both given, so Selenium Manager is never run: it would
    // unpack itself under ~/.cache/selenium, and PagesBrowserIntegrationTests checks that it did not.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile;
    try {
      profile = Files.createTempDirectory("maillon-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
        "--lang=en-GB");
    options.setExperimentalOption("prefs", scripts ? Map.of("intl.accept_languages", "en-GB,en")
        : Map.of("intl.accept_languages", "en-GB,en", "profile.managed_default_content_settings.javascript", 2));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver, "http://localhost:" + port, profile);
  }

  /**
   * A fresh browser whose page area is exactly this size, as a device's screen (below 600 pixels
   * wide, a phone's, honouring the page's viewport). A window is not enough: Chromium never makes
   * one narrower than 500 pixels, and its page area is shorter than the window.
   */
  static Browser viewport(int port, int width, int height) {
    Browser browser = open(port, Math.max(width, 500), height);
    browser.viewport = new Dimension(width, height);
    browser.emulate(height);
    return browser;
  }

  private void emulate(int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.getWidth(),
        "height", height, "deviceScaleFactor", 1, "mobile", viewport.getWidth() < 600));
  }

  void get(String path) {
    driver.get(base + path);
  }

  String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  void signIn(String username, String password) {
    get("/login");
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /**
   * Clicks a button that loads a new page and waits until that page is complete. The old document
   * is marked first, so an answer that looks like the page it replaces still counts, and errors
   * the driver raises while the documents swap are waited through rather than failing the test.
   */
  void submit(String css) {
    loadingNext(() -> find(css).click());
  }

  /** Does what loads a new page (a click, a script posting a form) and waits until that page is complete, as {@link #submit}. */
  void loadingNext(Runnable action) {
    script("document.documentElement.dataset.leaving = 'true';");
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
        script("return document.readyState === 'complete' && !document.documentElement.dataset.leaving;")));
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /**
   * Taps an element as a thumb would: scrolled to the middle of the screen at once (Bootstrap makes
   * scrolling smooth, and a click during the animation lands on whatever passes under it), then
   * clicked.
   */
  void tap(String css) {
    script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", find(css));
    find(css).click();
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /** The text of an element, hidden or not. */
  String text(String css) {
    return find(css).getAttribute("textContent").trim();
  }

  /** Waits until every chart of the page has been drawn by ECharts. */
  void awaitCharts() {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
      List<WebElement> charts = d.findElements(By.cssSelector("[data-chart]"));
      return charts.stream().allMatch(chart -> "true".equals(chart.getAttribute("data-rendered")));
    });
  }

  void await(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves the whole page (the window stretched to its height) as target/screenshots/NAME.png. */
  Path screenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    Number height = (Number) script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
    try {
      if (viewport != null) {
        emulate(Math.min(6000, height.intValue()));
      } else {
        driver.manage().window().setSize(new Dimension(window.getWidth(), Math.min(6000, height.intValue() + 120)));
      }
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.createDirectories(SCREENSHOTS);
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (viewport != null) {
        emulate(viewport.getHeight());
      } else {
        driver.manage().window().setSize(window);
      }
    }
  }

  /**
   * Saves the first screen of the page, as the window shows it, scaled down to this width, as
   * target/screenshots/pages/NAME.png: small pictures for the documentation.
   */
  Path firstScreen(String name, int width) {
    try {
      BufferedImage shown = ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
      int height = shown.getHeight() * width / shown.getWidth();
      BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D graphics = scaled.createGraphics();
      graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      graphics.drawImage(shown, 0, 0, width, height, null);
      graphics.dispose();
      Path file = SCREENSHOTS.resolve("pages").resolve(name + ".png");
      Files.createDirectories(file.getParent());
      ImageIO.write(scaled, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The console's reports of a broken Content Security Policy or Permissions Policy since the
   * last call: the browser gives each message once.
   */
  List<String> takePolicyViolations() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
        .filter(line -> line.contains("Content Security Policy") || line.contains("Permissions-Policy")
            || line.contains("Permissions Policy"))
        .toList();
  }

  /** Closes the browser, failing the test if a page it showed broke a policy. */
  @Override
  public void close() {
    try {
      Assertions.assertEquals(List.of(), takePolicyViolations(), "policy violations reported by the browser");
    } finally {
      quit();
    }
  }

  private void quit() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary profile left behind is harmless
      }
    }
  }
}
