package se.hord.survey.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.hord.survey.Api;
import se.hord.survey.ServiceTest;
import se.hord.testkit.Browser;

/**
 * axe-core (from npm, installed by the build into src/test/axe) in headless Chromium on the form,
 * its error state and the thank-you page, in Swedish and Arabic: no serious or critical violation.
 */
@MicronautTest(transactional = false)
class AccessibilityTest extends ServiceTest {
  private static final Path AXE = Path.of("src/test/axe/node_modules/axe-core/axe.min.js");
  @Inject EmbeddedServer server;
  private Browser browser;
  private String axe;

  @BeforeAll
  void start() throws Exception {
    assertTrue(Files.exists(AXE), "axe-core is installed by the build (npm ci in src/test/axe)");
    axe = Files.readString(AXE);
    browser = Browser.start();
    browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  void stop() {
    browser.close();
  }

  @Test
  void inSwedishTheFormItsErrorsAndTheThankYouPageHaveNoSeriousViolations() {
    walkThrough("sv");
  }

  @Test
  void inArabicTheFormItsErrorsAndTheThankYouPageHaveNoSeriousViolations() {
    walkThrough("ar");
    assertEquals("rtl", browser.find("html").getDomAttribute("dir"));
  }

  private void walkThrough(String lang) {
    long survey = published();
    browser.driver.manage().deleteAllCookies();
    browser.open(server.getURL() + "/s/" + api().slug(survey) + "?lang=" + lang);
    assertEquals(lang, browser.find("html").getDomAttribute("lang"));
    check("the age step");
    browser.type("#age", "14");
    browser.click("button[value=age]");
    browser.until(d -> !d.findElements(By.cssSelector("input[name='a.alder']")).isEmpty());
    check("the first page");
    browser.click("button[value=next]");
    browser.until(d -> !d.findElements(By.id("errors")).isEmpty());
    check("the error state");
    browser.click("#q-alder-ak8");
    browser.click("button[value=next]");
    browser.until(d -> !d.findElements(By.cssSelector("input[name='a.trygg']")).isEmpty());
    browser.click("#q-trygg-4");
    browser.click("button[value=next]");
    browser.until(d -> !d.findElements(By.cssSelector("textarea[name='a.onskan']")).isEmpty());
    check("the last page");
    browser.click("button[value=next]");
    browser.until(d -> !d.findElements(By.cssSelector("form.hear-back")).isEmpty());
    check("the thank-you page");
  }

  @Test
  void theCheckWouldCatchAFieldWithoutALabel() {
    browser.open(server.getURL() + "/s/no-such-survey-x1");
    browser.driver.executeScript(
        "document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text>')");
    String found = String.valueOf(violations());
    assertTrue(found.contains("label (critical)"), found);
  }

  private void check(String where) {
    assertEquals("", violations(), where + " in " + browser.driver.getCurrentUrl());
  }

  private Object violations() {
    browser.driver.executeScript(axe);
    return browser.driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']})"
            + ".then(r => done(r.violations"
            + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
            + " + v.nodes.map(n => n.target.join(' ')).join(', ')).join('\\n')))"
            + ".catch(e => done('axe failed: ' + e));");
  }

  private long published() {
    String token = api().admin();
    long id =
        ((Number) api().createSurvey(token, Api.fixture("surveys/paged.json")).json().get("id"))
            .longValue();
    api().json(HttpRequest.POST("/api/surveys/" + id + "/publish", "").bearerAuth(token));
    return id;
  }
}
