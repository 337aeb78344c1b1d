package io.orderflow.browser;

import io.orderflow.bench.DevCredentials;
import io.orderflow.bench.DevCredentials.Credential;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real headless Chromium (Debian's chromium and chromedriver), on the platform that
 * ./orderflow started: the same settings decide where it listens.
 */
final class Portal implements AutoCloseable {

  static final String BASE_URL = "http://localhost:" + httpPort();

  /** The dev demo users, as ./orderflow start wrote them to var/dev-credentials. */
  static final Credential STAFF = DevCredentials.of("staff");

  static final Credential ADMIN = DevCredentials.of("admin");
  static final String STAFF_USER = STAFF.user();
  static final String STAFF_PASSWORD = STAFF.password();
  static final String ADMIN_USER = ADMIN.user();
  static final String ADMIN_PASSWORD = ADMIN.password();

  /** Long enough for an order to pass through every service and the views on a busy machine. */
  static final Duration PATIENCE = Duration.ofSeconds(40);

  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("orderflow.browser.screenshots", "target/screenshots"));

  final WebDriver driver;

  Portal() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,900",
        "--user-data-dir=" + freshProfile());
    driver = new ChromeDriver(options);
  }

  private static String httpPort() {
    String base = System.getenv("ORDERFLOW_PORT_BASE");
    return base == null || base.isBlank()
        ? setting("ORDERFLOW_HTTP_PORT", "8080")
        : String.valueOf(Integer.parseInt(base) + 80);
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static Path freshProfile() {
    try {
      return Files.createTempDirectory("orderflow-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void open(String path) {
    driver.get(BASE_URL + path);
  }

  /** Signs in through the login page; the portal then shows the dashboard. */
  void login(String user, String password) {
    open("/portal/dashboard.xhtml");
    waitFor(By.id("loginForm:username"));
    type(By.id("loginForm:username"), user);
    type(By.id("loginForm:password"), password);
    driver.findElement(By.id("loginForm:login")).click();
  }

  void type(By field, String text) {
    WebElement input = waitFor(field);
    input.clear();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  WebElement waitFor(By locator) {
    return waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * A wait that reads the page again when push updates replaced an element between finding and
   * reading it.
   */
  WebDriverWait waiting(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Clicks the element, finding it again when a push update replaced it between finding and
   * clicking (the live tables re-render whenever a view changes).
   */
  void click(By locator) {
    waiting(PATIENCE)
        .until(
            driver -> {
              driver.findElement(locator).click();
              return true;
            });
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Marks the loaded document: the mark survives ajax updates and vanishes with a reload. */
  void markPage() {
    script("window.orderflowNoReload = true;");
  }

  boolean pageWasNotReloaded() {
    return Boolean.TRUE.equals(script("return window.orderflowNoReload === true;"));
  }

  /** Saves what the browser shows as target/screenshots/{name}.png. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves the page's HTML beside the screenshots, to see what a failed wait saw. */
  void savePageSource(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
