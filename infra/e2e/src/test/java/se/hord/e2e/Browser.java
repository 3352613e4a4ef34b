package se.hord.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium, headless, driven by Debian's chromedriver: nothing is downloaded. */
final class Browser {
  static final String CHROMIUM = System.getenv().getOrDefault("HORD_CHROMIUM", "/usr/bin/chromium");
  static final String DRIVER =
      System.getenv().getOrDefault("HORD_CHROMEDRIVER", "/usr/bin/chromedriver");

  private Browser() {}

  static WebDriver start() throws Exception {
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
        "--user-data-dir=" + Files.createTempDirectory("hord-chromium"));
    return new ChromeDriver(options);
  }
}
