package se.hord.survey.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import se.hord.survey.Api;
import se.hord.survey.ServiceTest;
import se.hord.survey.sms.fake.TestSql;
import se.hord.testkit.Browser;

/** The paged form in real headless Chromium, with and without JavaScript. */
@MicronautTest(transactional = false)
class FormBrowserTest extends ServiceTest {
  @Inject EmbeddedServer server;
  private Browser browser;

  @BeforeEach
  void start() throws Exception {
    browser = Browser.start();
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void aHalfAnsweredFormSurvivesAClosedTab() {
    long survey = published();
    String url = server.getURL() + "/s/" + api().slug(survey);
    browser.open(url);
    browser.type("#age", "15");
    browser.click("button[value=age]");
    onPage("Om dig");
    browser.click("#q-alder-gy2");
    browser.click("#q-kon-kille");
    browser.click("button[value=next]");
    onPage("Skolan");

    String first = browser.driver.getWindowHandle();
    browser.driver.switchTo().newWindow(WindowType.TAB);
    browser.driver.switchTo().window(first).close();
    browser.driver.switchTo().window(new ArrayList<>(browser.driver.getWindowHandles()).get(0));

    browser.open(url);
    onPage("Skolan");
    assertTrue(browser.find(".notice").getText().startsWith("Välkommen tillbaka!"));
    browser.click("button[value=back]");
    onPage("Om dig");
    assertTrue(browser.find("#q-alder-gy2").isSelected(), "the answers were kept");
    assertTrue(browser.find("#q-kon-kille").isSelected());
  }

  @Test
  void doubleClickAndResendingTheLastPageStoreOneResponse() {
    long survey = published();
    reachTheLastPage(survey);
    browser.type("textarea[name='a.onskan']", "Fler bänkar");
    new Actions(browser.driver).doubleClick(browser.find("button[value=next]")).perform();
    browser.until(d -> d.getPageSource().contains("Tack för dina svar!"));
    browser.driver.navigate().back();
    browser.until(d -> !d.findElements(By.cssSelector("button[value=next]")).isEmpty());
    browser.click("button[value=next]");
    browser.until(d -> d.getPageSource().contains("Tack för dina svar!"));
    assertEquals("1", responses(survey));
  }

  @Test
  void withoutJavaScriptEveryQuestionOfThePageIsShownAndTheServerSkips() {
    browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    long survey = published();
    browser.open(server.getURL() + "/s/" + api().slug(survey));
    browser.type("#age", "14");
    browser.click("button[value=age]");
    onPage("Om dig");
    assertTrue(browser.find("#q-kon-annat-text").isDisplayed(), "the other box is always there");
    browser.click("#q-alder-ak8");
    browser.click("button[value=next]");
    onPage("Skolan");
    assertTrue(browser.find("#q-varfor").isDisplayed(), "same-page condition: shown with a hint");
    assertTrue(browser.find("#q-varfor-hint").getText().startsWith("Svara bara om"));
    browser.click("#q-trygg-2");
    browser.type("#q-varfor", "Det är stökigt");
    browser.click("button[value=next]");
    onPage("Till sist");
    assertTrue(browser.all("#q-extrajobb").isEmpty(), "the job page was skipped for year 8");
    browser.click("button[value=next]");
    browser.until(d -> d.getPageSource().contains("Tack för dina svar!"));
    assertEquals("1", responses(survey));
  }

  @Test
  void withJavaScriptConditionalQuestionsAndTheOtherBoxShowOnlyWhenTheyApply() {
    long survey = published();
    browser.open(server.getURL() + "/s/" + api().slug(survey));
    browser.type("#age", "14");
    browser.click("button[value=age]");
    onPage("Om dig");
    assertFalse(browser.find("#q-kon-annat-text").isDisplayed(), "other box hidden");
    browser.click("#q-kon-annat");
    browser.until(d -> d.findElement(By.id("q-kon-annat-text")).isDisplayed());
    browser.type("#q-kon-annat-text", "Ickebinär");
    browser.click("#q-alder-ak8");
    browser.click("button[value=next]");
    onPage("Skolan");
    assertFalse(browser.find("#q-varfor").isDisplayed(), "hidden until trygg is 1 or 2");
    browser.click("#q-trygg-1");
    browser.until(d -> d.findElement(By.id("q-varfor")).isDisplayed());
    browser.type("#q-varfor", "Bråk i korridoren");
    browser.click("button[value=next]");
    onPage("Till sist");
    browser.click("button[value=next]");
    browser.until(d -> d.getPageSource().contains("Tack för dina svar!"));
    String answers = TestSql.value("SELECT answers FROM responses WHERE survey_id = ?", survey);
    assertTrue(answers.contains("\"kon_other\":\"Ickebinär\""), answers);
    assertTrue(answers.contains("Bråk i korridoren"), answers);
  }

  private void reachTheLastPage(long survey) {
    browser.open(server.getURL() + "/s/" + api().slug(survey));
    browser.type("#age", "16");
    browser.click("button[value=age]");
    onPage("Om dig");
    browser.click("#q-alder-ak8");
    browser.click("button[value=next]");
    onPage("Skolan");
    browser.click("#q-trygg-5");
    browser.click("button[value=next]");
    onPage("Till sist");
  }

  /** Waits for the page with this section heading (read from the source: never stale). */
  private void onPage(String heading) {
    browser.until(d -> d.getPageSource().contains("<h2>" + heading + "</h2>"));
  }

  private static String responses(long survey) {
    return TestSql.value("SELECT COUNT(*) FROM responses WHERE survey_id = ?", survey);
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
