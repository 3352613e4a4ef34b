package se.hord.analysis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import se.hord.analysis.Tokens;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.report.ReportData;
import se.hord.analysis.theme.Theme;
import se.hord.analysis.theme.ThemeService;
import se.hord.testkit.Browser;
import se.hord.testkit.DatabaseTest;

/**
 * Issue 6's "done when", in real Chromium: an official searches, narrows by a facet and by a theme
 * chip; an admin edits the theme on /themes, watching the live count, and the official's search
 * follows at once (no rebuild); the theme report shows the new figure. Logging in is the HORD_TOKEN
 * cookie, as survey-service's login page sets it.
 */
@MicronautTest
class OfficialJourneyBrowserTest implements DatabaseTest {
  private static final String KEY = "test-boll";

  @Inject EmbeddedServer server;
  @Inject TokenGenerator tokens;
  @Inject AnswerIndex index;
  @Inject ThemeService themes;
  private Browser browser;

  @Override
  public String database() {
    return "hord_test_analysis";
  }

  @BeforeEach
  void start() throws Exception {
    index.index("test", ReportData.items(), "1");
    index.refresh();
    themes.put(KEY, new Theme(KEY, new Theme.Label("Bollen", "The ball"), "fotboll", ""), "test");
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    browser.close();
    themes.delete(KEY);
  }

  @Test
  void anOfficialSearchesFiltersAndAnAdminsThemeEditChangesSearchAndReportAtOnce() {
    logIn(Tokens.official(tokens, "0380"));
    browser.open(base() + "/search");
    browser.type("#q", "skola");
    browser.click("form[role=search] button[type=submit]");
    browser.untilText(".notice strong", "13");
    assertTrue(browser.find("mark").getText().toLowerCase().startsWith("skol"));

    browser.click(".facets a[href*='ageBand=16-19']");
    browser.untilText(".notice strong", "3");
    assertEquals("✓ 16-19", browser.find(".facets a[aria-current=true] strong").getText());

    browser.open(base() + "/search");
    browser.type("#q", "kompisar");
    browser.click("form[role=search] button[type=submit]");
    browser.untilText(".notice strong", "5");
    browser.click(".hit a.chip[href*='theme=" + KEY + "']");
    browser.until(d -> d.getCurrentUrl().contains("theme=" + KEY));
    browser.untilText(".notice strong", "5");

    logIn(Tokens.admin(tokens));
    browser.open(base() + "/themes");
    browser.click("#theme-" + KEY + " a");
    browser.until(d -> d.getCurrentUrl().endsWith("/themes/" + KEY));
    browser.untilText("#preview-count", "5");
    browser.type("#query", "fotboll OR (buss");
    browser.until(d -> browser.all("#preview-error").size() == 1);
    assertTrue(browser.find("#preview-error").getText().startsWith("Sökfrågan gick inte"));
    browser.type("#query", "fotboll OR buss");
    browser.untilText("#preview-count", "8");
    browser.click("#theme-form button[type=submit]");
    browser.until(d -> d.getCurrentUrl().endsWith("/themes/" + KEY + "?saved"));
    assertTrue(browser.find("p.notice[role=status]").getText().startsWith("Sparat."));

    logIn(Tokens.official(tokens, "0380"));
    browser.open(base() + "/search?theme=" + KEY);
    browser.untilText(".notice strong", "8");

    browser.open(base() + "/reports/themes?municipality=0380");
    browser.until(d -> !browser.all("#summary a[href='#" + KEY + "']").isEmpty());
    String row =
        browser.find("#summary a[href='#" + KEY + "']").findElement(By.xpath("../..")).getText();
    assertTrue(row.startsWith("Bollen 8 "), row);
  }

  /** Logs in as survey-service's login does: the HORD_TOKEN cookie on the services' host. */
  private void logIn(String token) {
    browser.open(base() + "/health");
    browser.driver.manage().deleteAllCookies();
    browser.driver.manage().addCookie(new Cookie("HORD_TOKEN", token, "/"));
  }

  private String base() {
    return "http://127.0.0.1:" + server.getPort();
  }
}
