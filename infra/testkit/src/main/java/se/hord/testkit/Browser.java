package se.hord.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (nothing is downloaded), sized like
 * a phone (390x844), with a switch that cuts its network the way DevTools' "Offline" does.
 */
public final class Browser implements AutoCloseable {
  static final String CHROMIUM = System.getenv().getOrDefault("HORD_CHROMIUM", "/usr/bin/chromium");
  static final String DRIVER =
      System.getenv().getOrDefault("HORD_CHROMEDRIVER", "/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  public final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  public static Browser start() throws Exception {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
      throw new IllegalStateException(
          "The browser tests need Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + DRIVER
              + "): apt-get install chromium chromium-driver, or run ./hord test, which installs"
              + " them when it can.");
    }
    System.setProperty("webdriver.chrome.driver", DRIVER);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=390,844",
        "--lang=sv-SE",
        "--user-data-dir=" + Files.createTempDirectory("hord-chromium"));
    ChromeDriver driver = new ChromeDriver(options);
    // Headless windows have a minimum width; emulate the phone's viewport instead.
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    return new Browser(driver);
  }

  /** Cuts (or restores) the page's network, as DevTools' "Offline" switch does. */
  public void offline(boolean offline) {
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", offline,
            "latency", 0,
            "downloadThroughput", -1,
            "uploadThroughput", -1));
    // The switch reaches the page's network stack a moment after the command returns; wait until
    // the page itself sees it, so nothing sent right after slips through.
    until(d -> Boolean.valueOf(!offline).equals(driver.executeScript("return navigator.onLine")));
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public void click(String css) {
    until(d -> d.findElement(By.cssSelector(css)).isDisplayed());
    WebElement element = find(css);
    // Out of the way of the sticky bars, as a thumb would scroll it.
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  public void type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
  }

  /**
   * Waits until the condition holds (a page that never gets there fails the test). An element that
   * went stale because the page was replaced meanwhile only means "not yet".
   */
  public <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Waits until the element's text is exactly this. */
  public void untilText(String css, String text) {
    until(
        d -> {
          List<WebElement> found = d.findElements(By.cssSelector(css));
          return !found.isEmpty() && text.equals(found.get(0).getText());
        });
  }

  public void screenshot(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
