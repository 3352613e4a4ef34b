package se.hord.dialogue.web;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Cookie;
import se.hord.dialogue.ApiTestSupport;
import se.hord.testkit.Browser;

/**
 * Base of the officials' page tests in real headless Chromium: a fresh browser per test, logged in
 * as an official of 0380 by the HORD_TOKEN cookie.
 */
abstract class OfficialPagesBrowserTest extends ApiTestSupport {
  @Inject EmbeddedServer server;
  Browser browser;

  /** The logged-in official's token. */
  String official;

  @BeforeEach
  void startBrowser() throws Exception {
    official = official("0380");
    browser = Browser.start();
    browser.open(base() + "/health");
    browser.driver.manage().addCookie(new Cookie("HORD_TOKEN", official));
  }

  @AfterEach
  void stopBrowser() {
    browser.close();
  }

  /** This test server's address. */
  String base() {
    return "http://127.0.0.1:" + server.getPort();
  }
}
