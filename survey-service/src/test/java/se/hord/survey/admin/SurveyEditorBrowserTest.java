package se.hord.survey.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.hord.survey.ServiceTest;
import se.hord.survey.response.ResponseRepository;
import se.hord.survey.response.ResponseRow;
import se.hord.testkit.Browser;

/** An official builds, previews and publishes a survey in real headless Chromium. */
@MicronautTest(transactional = false)
class SurveyEditorBrowserTest extends ServiceTest {
  private static final Path DATA = Path.of("../../shared/data");

  @Inject EmbeddedServer server;
  @Inject ResponseRepository responses;
  private Browser browser;
  private String official;

  @BeforeEach
  void start() throws Exception {
    official = api().official("0380");
    browser = Browser.start();
    browser.open(base() + "/health");
    browser.driver.manage().addCookie(new Cookie("HORD_TOKEN", official));
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void anOfficialBuildsASurveyWithSkipLogicPreviewsItPublishesItAndTheSkipLogicHolds()
      throws Exception {
    browser.open(base() + "/admin/surveys");
    browser.click("a[href='/admin/surveys/new']");
    browser.click("input[name=languages][value=en]");
    browser.until(d -> !d.findElements(By.name("title.en")).isEmpty());
    type("title.sv", "Ungas fritid i Storstad");
    type("title.en", "Young people's leisure");

    type("q.0.key", "alder");
    type("q.0.text.sv", "Hur gammal är du?");
    type("q.0.text.en", "How old are you?");
    type("q.0.o.0.key", "13-15");
    type("q.0.o.0.text.sv", "13–15 år");
    type("q.0.o.1.key", "16-19");
    type("q.0.o.1.text.sv", "16–19 år");
    browser.click("input[name='q.0.required']");
    browser.click("input[name='q.0.background']");

    add("likert", 1);
    type("q.1.key", "trygg");
    type("q.1.text.sv", "Jag känner mig trygg i skolan");
    type("q.1.lowLabel.sv", "Stämmer inte alls");
    type("q.1.highLabel.sv", "Stämmer helt");
    browser.click("input[name='q.1.required']");

    add("free_text", 2);
    type("q.2.key", "varfor");
    type("q.2.text.sv", "Vad gör att du känner dig otrygg?");
    browser.click("input[name='q.2.required']");
    new Select(browser.find("select[name='q.2.showIf.question']")).selectByValue("trygg");
    new Select(browser.find("select[name='q.2.showIf.op']")).selectByValue("in");
    type("q.2.showIf.value", "1, 2");

    add("multi_choice", 3);
    type("q.3.key", "fritid");
    type("q.3.text.sv", "Vad gör du på fritiden?");
    type("q.3.o.0.key", "idrott");
    type("q.3.o.0.text.sv", "Idrott");
    type("q.3.o.1.key", "gard");
    type("q.3.o.1.text.sv", "Fritidsgård");
    browser.click("input[name='q.3.other']");

    browser.screenshot(Path.of("target/screenshots/survey-editor.png"));
    browser.click("button.save");
    browser.until(d -> d.getCurrentUrl().contains("saved=1"));
    browser.screenshot(Path.of("target/screenshots/survey-overview.png"));
    assertEquals("Ungas fritid i Storstad", browser.find("h1").getText());
    long id =
        Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/surveys/(\\d+).*", "$1"));
    Map<String, Object> definition = definition(id);
    List<?> questions = (List<?>) definition.get("questions");
    assertEquals(
        List.of("alder", "trygg", "varfor", "fritid"),
        questions.stream().map(q -> ((Map<?, ?>) q).get("key")).toList());
    List<?> fritidOptions = (List<?>) ((Map<?, ?>) questions.get(3)).get("options");
    assertEquals(
        Map.of(
            "key",
            "other",
            "text",
            Map.of("sv", "Annat, nämligen", "en", "Other, namely"),
            "other",
            true),
        fritidOptions.get(2),
        "the question's box writes a native \"other\" option");
    Map<?, ?> showIf = (Map<?, ?>) ((Map<?, ?>) questions.get(2)).get("showIf");
    assertEquals("trygg", showIf.get("question"));
    assertEquals("[1, 2]", showIf.get("in").toString());
    assertEquals("background", ((Map<?, ?>) questions.get(0)).get("role"));

    // The phone preview: the real form, checked, and nothing stored.
    WebElement frame = browser.find("iframe.phone");
    browser.driver.switchTo().frame(frame);
    browser.until(d -> d.findElement(By.tagName("h1")).getText().equals("Ungas fritid i Storstad"));
    assertTrue(browser.find(".notice").getText().contains("Förhandsvisning – inget sparas."));
    browser.click("#q-alder-13-15");
    browser.click("#q-trygg-1");
    browser.click("form button[type=submit]:not([name=switchLang])");
    browser.until(d -> !d.findElements(By.id("q-varfor-error")).isEmpty());
    browser.driver.switchTo().defaultContent();
    assertEquals(0, responses.countBySurveyId(id));

    browser.click("button.publish");
    browser.until(d -> d.getPageSource().contains("Kryssa i rutan först"));
    browser.click("#confirm-publish");
    browser.click("button.publish");
    browser.until(d -> !d.getCurrentUrl().endsWith("/publish"));
    browser.untilText(".status", "Öppen för svar (Published)");

    // Answered in the form: a hidden question's answer is dropped, a shown one is required.
    String link = browser.find("a.public-link").getDomAttribute("href");
    answer(link, "5", "Jag tränar mycket");
    browser.until(d -> d.getPageSource().contains("Tack för dina svar!"));
    answer(link, "1", null);
    browser.until(d -> !d.findElements(By.id("q-varfor-error")).isEmpty());
    browser.type("#q-varfor", "Det är stökigt");
    send();
    browser.until(d -> d.getPageSource().contains("Tack för dina svar!"));
    List<String> stored =
        StreamSupport.stream(responses.findAll().spliterator(), false)
            .filter(r -> r.surveyId() == id)
            .map(ResponseRow::answers)
            .toList();
    assertEquals(2, stored.size(), stored.toString());
    assertFalse(stored.get(0).contains("varfor"), stored.get(0));
    assertTrue(stored.get(1).contains("Det är stökigt"), stored.get(1));
  }

  @Test
  void sectionsANativeOtherOptionAndAnAgeRangeBuiltInTheEditorShapeTheForm() {
    browser.open(base() + "/admin/surveys/new");
    type("title.sv", "Unga och fritiden");
    type("minAge", "10");
    type("maxAge", "19");
    new Select(browser.find("#guardianMode")).selectByValue("ask");
    type("guardianText.sv", "Din förälder har läst om enkäten och säger ja.");
    type("contact.sv", "Fritidsförvaltningen, 021-39 00 00");
    addSection(0);
    type("s.0.title.sv", "Om dig");
    addSection(1);
    type("s.1.title.sv", "Fritiden");

    new Select(browser.find("select[name='q.0.section']")).selectByValue("a1");
    type("q.0.key", "kon");
    type("q.0.text.sv", "Kön");
    type("q.0.o.0.key", "tjej");
    type("q.0.o.0.text.sv", "Tjej");
    type("q.0.o.1.key", "annat");
    type("q.0.o.1.text.sv", "Annat, nämligen");
    browser.click("input[name='q.0.o.1.other']");

    add("multi_choice", 1);
    new Select(browser.find("select[name='q.1.section']")).selectByValue("a2");
    type("q.1.key", "sport");
    type("q.1.text.sv", "Vad tränar du?");
    type("q.1.o.0.key", "fotboll");
    type("q.1.o.0.text.sv", "Fotboll");
    type("q.1.o.1.key", "dans");
    type("q.1.o.1.text.sv", "Dans");
    browser.click("input[name='q.1.other']");
    add("free_text", 2);
    assertEquals(
        "a2",
        new Select(browser.find("select[name='q.2.section']"))
            .getFirstSelectedOption()
            .getDomAttribute("value"),
        "a new question goes to the section of the one before");
    type("q.2.key", "onskan");
    type("q.2.text.sv", "Vad skulle du vilja göra?");
    // A section's code changed (here without a redraw): its questions follow it on save.
    setValue("s.0.key", "om");
    setValue("s.1.key", "fritid");
    browser.click("button.save");
    browser.until(d -> d.getCurrentUrl().contains("saved=1"));
    long id =
        Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/surveys/(\\d+).*", "$1"));

    Map<String, Object> definition = definition(id);
    assertEquals(
        List.of(
            Map.of("key", "om", "title", Map.of("sv", "Om dig")),
            Map.of("key", "fritid", "title", Map.of("sv", "Fritiden"))),
        definition.get("sections"));
    List<?> questions = (List<?>) definition.get("questions");
    assertEquals(
        List.of("om", "fritid", "fritid"),
        questions.stream().map(q -> ((Map<?, ?>) q).get("section")).toList());
    assertEquals(
        Map.of("key", "annat", "text", Map.of("sv", "Annat, nämligen"), "other", true),
        ((List<?>) ((Map<?, ?>) questions.get(0)).get("options")).get(1));
    assertEquals(
        List.of("kon", "sport", "onskan"),
        questions.stream().map(q -> ((Map<?, ?>) q).get("key")).toList());
    assertEquals(10, ((Number) definition.get("minAge")).intValue());
    assertEquals(
        Map.of(
            "mode", "ask", "text", Map.of("sv", "Din förälder har läst om enkäten och säger ja.")),
        definition.get("guardianConsent"));
    assertEquals(Map.of("sv", "Fritidsförvaltningen, 021-39 00 00"), definition.get("contact"));

    // Opened again, the editor shows the same fields.
    browser.open(base() + "/admin/surveys/" + id + "/edit");
    assertEquals("om", browser.find("input[name='s.0.key']").getDomProperty("value"));
    assertTrue(browser.find("input[name='q.0.o.1.other']").isSelected());
    assertTrue(browser.find("input[name='q.1.other']").isSelected());
    assertEquals(
        "ask",
        new Select(browser.find("#guardianMode"))
            .getFirstSelectedOption()
            .getDomAttribute("value"));

    browser.open(base() + "/admin/surveys/" + id);
    browser.click("#confirm-publish");
    browser.click("button.publish");
    browser.untilText(".status", "Öppen för svar (Published)");
    String link = browser.find("a.public-link").getDomAttribute("href");

    // The form: the age step with the guardian's OK, then page by page with the other boxes.
    browser.open(base() + link);
    browser.type("#age", "11");
    browser.click("button[value=age]");
    browser.until(d -> !d.findElements(By.id("guardianOk")).isEmpty());
    assertTrue(browser.find("#guardian").getText().contains("Din förälder har läst om enkäten"));
    browser.click("#guardianOk");
    browser.click("button[value=age]");
    onPage("Om dig");
    browser.click("#q-kon-annat");
    browser.type("#q-kon-annat-text", "Ickebinär");
    browser.click("button[value=next]");
    onPage("Fritiden");
    browser.click("#q-sport-dans");
    browser.click("#q-sport-other");
    browser.type("#q-sport-other-text", "Klättring");
    browser.click("button[value=next]");
    browser.until(d -> d.getPageSource().contains("Tack för dina svar!"));
    assertTrue(browser.find("main").getText().contains("Fritidsförvaltningen, 021-39 00 00"));
    List<ResponseRow> stored =
        StreamSupport.stream(responses.findAll().spliterator(), false)
            .filter(r -> r.surveyId() == id)
            .toList();
    assertEquals(1, stored.size());
    assertEquals("0-12", stored.get(0).ageBand());
    assertTrue(stored.get(0).answers().contains("Ickebinär"), stored.get(0).answers());
    assertTrue(stored.get(0).answers().contains("\"sport_other\""), stored.get(0).answers());
  }

  @Test
  void aSharedXlsFormIsImportedThroughThePageWithItsUnmappedRows() {
    browser.open(base() + "/admin/surveys");
    browser.click("a[href='/admin/surveys/import']");
    browser
        .find("#file")
        .sendKeys(
            DATA.resolve("xlsform_pyxform_widgets.csv").toAbsolutePath().normalize().toString());
    browser.click("main form button[type=submit]");
    browser.untilText("h1", "Importerad som utkast (Imported as a draft)");
    assertFalse(browser.all("ul.unmapped li").isEmpty());
    assertTrue(
        browser.find("ul.unmapped").getText().contains("row "),
        browser.find("ul.unmapped").getText());
    browser.click("a.imported");
    browser.until(d -> d.getCurrentUrl().matches(".*/admin/surveys/\\d+$"));
    browser.untilText(".status", "Utkast (Draft)");
    browser.click("a.edit");
    browser.until(d -> !d.findElements(By.name("q.0.key")).isEmpty());
  }

  @Test
  void problemsAreShownNextToTheFieldsInSwedishFirst() {
    browser.open(base() + "/admin/surveys/new");
    browser.click("button.save");
    browser.until(d -> !d.findElements(By.id("title.sv-error")).isEmpty());
    assertTrue(
        browser
            .driver
            .findElement(By.id("title.sv-error"))
            .getText()
            .startsWith("Enkäten behöver en titel på svenska."));
    assertTrue(browser.driver.findElement(By.id("q.0.text.sv-error")).isDisplayed());
    assertTrue(browser.find(".errors").getText().contains("Fråga 1 (Question)"));
  }

  private void add(String type, int index) {
    browser.click("button[value='add:" + type + "']");
    browser.until(d -> !d.findElements(By.name("q." + index + ".key")).isEmpty());
  }

  private void addSection(int index) {
    browser.click("button[value=addSection]");
    browser.until(d -> !d.findElements(By.name("s." + index + ".key")).isEmpty());
  }

  /** Sets a field's value without a change event (so editor.js does not redraw). */
  private void setValue(String name, String value) {
    browser.driver.executeScript(
        "arguments[0].value = arguments[1]", browser.driver.findElement(By.name(name)), value);
  }

  /** Waits for the form page with this section heading. */
  private void onPage(String heading) {
    browser.until(d -> d.getPageSource().contains("<h2>" + heading + "</h2>"));
  }

  private void type(String name, String text) {
    WebElement field = browser.driver.findElement(By.name(name));
    field.clear();
    field.sendKeys(text);
  }

  private void answer(String link, String trygg, String why) {
    browser.open(base() + link);
    browser.click("#q-alder-16-19");
    browser.click("#q-trygg-" + trygg);
    WebElement varfor = browser.find("#q-varfor");
    if (why != null && varfor.isDisplayed()) {
      varfor.sendKeys(why);
    }
    send();
  }

  private void send() {
    browser.click("form button[type=submit]:not([name=switchLang])");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> definition(long id) {
    return (Map<String, Object>)
        api()
            .json(HttpRequest.GET("/api/surveys/" + id).bearerAuth(official))
            .json()
            .get("definition");
  }

  private String base() {
    return server.getURL().toString();
  }
}
