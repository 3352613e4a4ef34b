package se.hord.survey.results.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.hord.survey.Pages;
import se.hord.survey.ServiceTest;
import se.hord.testkit.Browser;

/**
 * The results page in real headless Chromium: eight young people answer, six girls and two boys;
 * the boys' count is "&lt;5" in the table and has no bar in the chart, whatever the breakdown.
 */
@MicronautTest
class ResultsPageTest extends ServiceTest {
  /**
   * For each chart: per series, per option, whether its cell in the table is hidden and its bar.
   */
  private static final String BARS =
      "return Array.from(document.querySelectorAll('.result')).filter(r => r.querySelector('.chart'))"
          + ".map(r => { const option = echarts.getInstanceByDom(r.querySelector('.chart')).getOption();"
          + " const rows = Array.from(r.querySelectorAll('tbody tr'));"
          + " return option.series.map((s, i) => s.data.map((v, j) => ({"
          + " hidden: rows[i].querySelectorAll('td.count')[j].classList.contains('hidden-count'),"
          + " text: rows[i].querySelectorAll('td.count')[j].textContent, value: v }))); })";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Test
  void chartsAreDrawnBesideTheTablesAndHiddenCountsAreNeverDrawnAsNumbers() throws Exception {
    long id = surveyWithSixGirlsAndTwoBoys();
    try (Browser browser = Pages.browser(base(), api().official("0380"))) {
      browser.open(base() + "/admin/surveys/" + id + "/results");
      browser.until(d -> !d.findElements(By.cssSelector("#q-kon .chart svg")).isEmpty());
      browser.driver.executeScript("document.getElementById('q-kon').scrollIntoView()");
      browser.screenshot(Path.of("target", "screenshots", "results.png"));
      assertEquals("8", browser.find(".respondents").getText());
      assertEquals(
          List.of("Alla (Everyone)", "8", "6 (75 %)", "<5", "<5", "<5"),
          cells(browser, "#q-kon tbody tr"));
      assertTrue(browser.all("#q-trygg .chart svg path").size() > 1, "the likert chart has bars");
      assertEveryHiddenBarIsEmpty(browser);

      new Select(browser.find("#by")).selectByValue("kon");
      browser.click(".breakdown-chooser button");
      browser.until(d -> d.getCurrentUrl().contains("by=kon"));
      browser.until(d -> !d.findElements(By.cssSelector("#q-trygg .chart svg")).isEmpty());
      browser.screenshot(Path.of("target", "screenshots", "results-by-kon.png"));
      List<String> groups =
          browser.all("#q-trygg tbody th").stream().map(WebElement::getText).toList();
      assertEquals(
          List.of(
              "Alla (Everyone)",
              "Tjej",
              "Kille",
              "Annat",
              "Vill inte säga",
              "Inget svar (no answer)"),
          groups);
      assertEquals("<5", browser.find("#q-trygg tbody tr:nth-child(3) td.answered").getText());
      assertEveryHiddenBarIsEmpty(browser);
    }
  }

  @Test
  void withoutJavaScriptTheTablesSayEverythingAndTheLibraryIsServedFromItsWebJar()
      throws Exception {
    long id = surveyWithSixGirlsAndTwoBoys();
    HttpResponse<String> page =
        Pages.get(base() + "/admin/surveys/" + id + "/results?by=alder", api().official("0380"));
    assertEquals(200, page.statusCode(), page.body());
    String html = page.body();
    assertTrue(html.contains("<td class=\"count hidden-count\">&lt;5</td>"), html);
    assertTrue(html.contains("<caption>Kön</caption>"), "tables for screen readers");
    assertTrue(html.contains("href=\"/assets/hord.css\""), "the platform's layout");
    assertTrue(html.contains("<nav aria-label=\"Huvudmeny\""), "the platform's navigation");
    assertEquals(1, html.split("<header class=\"site\"").length - 1, "one site header");
    assertTrue(html.contains("/webjars/echarts/5.3.1/dist/echarts.min.js"));
    assertEquals(
        200, Pages.get(base() + "/webjars/echarts/5.3.1/dist/echarts.min.js", null).statusCode());
    assertEquals(200, Pages.get(base() + "/assets/survey/results-charts.js", null).statusCode());
  }

  @Test
  void nobodyLoggedInGoesToTheLoginAnotherMunicipalityGets404() throws Exception {
    long id = surveyWithSixGirlsAndTwoBoys();
    HttpResponse<String> anonymous = Pages.get(base() + "/admin/surveys/" + id + "/results", null);
    assertEquals(303, anonymous.statusCode());
    assertEquals(
        "/login?returnTo=%2Fadmin%2Fsurveys%2F" + id + "%2Fresults",
        anonymous.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> other =
        Pages.get(base() + "/admin/surveys/" + id + "/results", api().official("1880"));
    assertEquals(404, other.statusCode());
    assertTrue(other.body().contains("class=\"errors problem\""), other.body());
    assertFalse(other.body().contains("Exception"), other.body());
    HttpResponse<String> badBreakdown =
        Pages.get(base() + "/admin/surveys/" + id + "/results?by=trygg", api().official("0380"));
    assertEquals(400, badBreakdown.statusCode());
    assertTrue(badBreakdown.body().contains("bakgrundsfråga"), badBreakdown.body());
  }

  @SuppressWarnings("unchecked")
  private static void assertEveryHiddenBarIsEmpty(Browser browser) {
    List<Object> charts = (List<Object>) browser.driver.executeScript(BARS);
    assertFalse(charts.isEmpty());
    int hidden = 0;
    for (Object chart : charts) {
      for (Object series : (List<Object>) chart) {
        for (Object bar : (List<Object>) series) {
          Map<String, Object> b = (Map<String, Object>) bar;
          if (Boolean.TRUE.equals(b.get("hidden"))) {
            hidden++;
            assertEquals("<5", b.get("text"));
            assertNull(b.get("value"), "a hidden count has no bar: " + b);
          } else if (b.get("value") == null) {
            assertFalse(String.valueOf(b.get("text")).contains("%"), "a share is drawn: " + b);
          }
        }
      }
    }
    assertTrue(hidden > 3, "hidden cells: " + hidden);
  }

  private static List<String> cells(Browser browser, String row) {
    return browser.find(row).findElements(By.cssSelector("th, td")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private long surveyWithSixGirlsAndTwoBoys() throws Exception {
    long id = Pages.published(api(), "0380", Pages.newTemplateTag());
    for (int i = 0; i < 8; i++) {
      Pages.answer(
          api(),
          json,
          id,
          Map.of(
              "alder", i < 5 ? "13-15" : "16-19",
              "kon", i < 6 ? "tjej" : "kille",
              "trygg", 3 + i % 3,
              "buss", i % 2 == 0 ? "yes" : "no"));
    }
    return id;
  }

  private String base() {
    return server.getURL().toString();
  }
}
