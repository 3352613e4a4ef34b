package se.hord.survey.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;
import se.hord.survey.sms.fake.TestSql;

/** The web form page by page, without JavaScript: age step, sections, skip logic, resume. */
@MicronautTest(transactional = false)
class PagedFormTest extends ServiceTest {

  long published() {
    String token = api().admin();
    Reply created = api().createSurvey(token, Api.fixture("surveys/paged.json"));
    assertEquals(201, created.status(), String.valueOf(created.json()));
    long id = ((Number) created.json().get("id")).longValue();
    api().json(HttpRequest.POST("/api/surveys/" + id + "/publish", "").bearerAuth(token));
    return id;
  }

  FormClient startedAt(long survey, int age) {
    FormClient form = new FormClient(api(), api().slug(survey));
    form.open("");
    assertTrue(form.html.contains("Hur gammal är du?"), form.html);
    assertFalse(form.html.contains("Vilken årskurs"), "the age comes first");
    form.post("nav=age&age=" + age);
    return form;
  }

  @Test
  void pagesFollowTheSectionsAndSkipLogicOnEarlierPagesIsDecidedOnTheServer() {
    long survey = published();
    FormClient form = startedAt(survey, 14);
    assertEquals(200, form.last.status());
    assertTrue(form.html.contains("<h2>Om dig</h2>"));
    assertTrue(form.html.contains("Sida 1 av 4"));
    assertFalse(form.html.contains("Jag känner mig trygg"), "the next section is on its own page");
    assertFalse(form.html.contains("value=\"back\""), "no way back from the first page");

    form.post("nav=next&a.kon=tjej");
    assertEquals(400, form.last.status(), "the required year is missing");
    assertTrue(form.html.contains("href=\"#q-alder\""));
    assertTrue(form.html.contains("value=\"tjej\" checked=\"checked\""), "answers kept");

    form.post("nav=next&a.alder=ak8&a.kon=tjej");
    assertTrue(form.html.contains("<h2>Skolan</h2>"), form.html);
    assertTrue(form.html.contains("Svara bara om du svarade ”1” eller ”2”"), "same-page hint");

    form.post("nav=next&a.trygg=4");
    assertTrue(form.html.contains("<h2>Till sist</h2>"), "Jobb is skipped for year 8");
    assertFalse(form.html.contains("extrajobb"));
    assertTrue(form.html.contains(">Skicka svaren<"));

    form.post("nav=back&a.onskan=" + FormClient.enc("En skatepark"));
    assertTrue(form.html.contains("<h2>Skolan</h2>"), "back skips the skipped page too");
    assertTrue(form.html.contains("value=\"4\" checked=\"checked\""), "back keeps answers");
    form.post("nav=back&a.trygg=4");
    form.post("nav=next&a.alder=gy2&a.kon=tjej");
    form.post("nav=next&a.trygg=4");
    assertTrue(form.html.contains("<h2>Jobb</h2>"), "upper secondary gets the job page");
    form.post("nav=next&a.extrajobb=yes");
    assertTrue(form.html.contains(">En skatepark</textarea>"), "the later page kept its answer");

    form.post("nav=next&a.fritid=idrott&a.onskan=" + FormClient.enc("En skatepark"));
    assertEquals(200, form.last.status(), form.html);
    assertTrue(form.html.contains("Tack för dina svar!"));
    Map<String, Object> stored = storedAnswers(survey);
    assertEquals("gy2", stored.get("alder"));
    assertEquals("yes", stored.get("extrajobb"));
    assertEquals(List.of("idrott"), stored.get("fritid"));
    assertEquals("En skatepark", stored.get("onskan"));
  }

  @Test
  void otherNamelyIsStoredWhenChosenAndDroppedWhenNot() {
    long survey = published();
    FormClient form = startedAt(survey, 15);
    assertTrue(form.html.contains("name=\"a.kon_other\""), "a text box beside 'other'");
    form.post("nav=next&a.alder=ak8&a.kon=annat&a.kon_other=" + FormClient.enc("Ickebinär"));
    form.post("nav=next&a.trygg=5");
    form.post(
        "nav=next&a.fritid=gard&a.fritid=annat&a.fritid_other="
            + FormClient.enc("Dans <script>")
            + "&a.onskan=");
    assertTrue(form.html.contains("Tack för dina svar!"), form.html);
    Map<String, Object> stored = storedAnswers(survey);
    assertEquals("annat", stored.get("kon"));
    assertEquals("Ickebinär", stored.get("kon_other"));
    assertEquals("Dans <script>", stored.get("fritid_other"));
    String csv =
        api()
            .text(
                HttpRequest.GET("/api/surveys/" + survey + "/export?format=csv")
                    .bearerAuth(api().admin()))
            .text();
    assertTrue(csv.contains(",kon_label,kon_other,"), "exported: " + csv);
    assertTrue(csv.contains(",Annat, nämligen\",Ickebinär,") || csv.contains("Ickebinär"), csv);
    assertTrue(
        feedHas("kon_other", "Ickebinär"),
        "on the feed as free text, for analysis to scrub and index");

    FormClient second = startedAt(survey, 15);
    second.post("nav=next&a.alder=ak8&a.kon=tjej&a.kon_other=" + FormClient.enc("glömd text"));
    second.post("nav=next&a.trygg=5");
    second.post("nav=next");
    assertTrue(second.html.contains("Tack för dina svar!"));
    assertFalse(
        String.valueOf(responseRows(survey)).contains("glömd text"),
        "an other-text without 'other' chosen is not stored");
  }

  @Test
  void theAgeIsAskedFirstAndOnlyItsBandIsStored() throws Exception {
    long survey = published();
    FormClient form = startedAt(survey, 17);
    form.post("nav=next&a.alder=gy2");
    form.post("nav=next&a.trygg=3");
    form.post("nav=next");
    String wish = "Längre öppettider " + survey;
    form.post("nav=next&a.onskan=" + FormClient.enc(wish));
    assertTrue(form.html.contains("Tack för dina svar!"), form.html);
    assertEquals(List.of("16-19"), ageBands(survey));
    assertEquals("16-19", feedItem("onskan", wish).get("ageBand"), "the feed gets the band");
  }

  @Test
  void outsideTheAgeRangeIsKindlyRefused() {
    long survey = published();
    FormClient old = startedAt(survey, 30);
    assertEquals(200, old.last.status());
    assertTrue(old.html.contains("Den här enkäten är för dig som är 10–25 år."), old.html);
    assertFalse(old.html.contains("<form"));
    FormClient young = startedAt(survey, 9);
    assertTrue(young.html.contains("10–25 år"));
    FormClient nonsense = new FormClient(api(), api().slug(survey));
    nonsense.open("");
    nonsense.post("nav=age&age=" + FormClient.enc("tolv"));
    assertEquals(400, nonsense.last.status());
    assertTrue(nonsense.html.contains("Skriv din ålder med siffror."));
  }

  @Test
  void underThirteenAsksForTheGuardiansOkAndRefusesKindlyWithoutIt() {
    long survey = published();
    FormClient form = startedAt(survey, 11);
    assertTrue(form.html.contains("en vuxen behöver säga ja"), form.html);
    assertTrue(form.html.contains("Din förälder har läst om enkäten"));
    assertTrue(form.html.contains("value=\"11\""), "the age stays in the form");
    form.post("nav=age&age=11&guardianAsked=1");
    assertTrue(form.html.contains("behöver en förälder eller vårdnadshavare säga ja först"));
    assertFalse(form.html.contains("<form"));

    FormClient allowed = startedAt(survey, 11);
    allowed.post("nav=age&age=11&guardianAsked=1&guardianOk=1");
    assertTrue(allowed.html.contains("<h2>Om dig</h2>"), allowed.html);
    allowed.post("nav=next&a.alder=ak8");
    allowed.post("nav=next&a.trygg=2&a.varfor=" + FormClient.enc("Bråk"));
    allowed.post("nav=next");
    assertTrue(allowed.html.contains("Tack för dina svar!"));
    assertEquals(List.of("0-12"), ageBands(survey));
  }

  @Test
  void aClosedTabResumesWhereItWasFromTheCookieOrTheLinkUntilSent() throws Exception {
    long survey = published();
    FormClient form = startedAt(survey, 14);
    form.post("nav=next&a.alder=ak8&a.kon=kille");
    assertNotNull(form.cookie, "the resume cookie is set");
    String link = "/s/" + api().slug(survey) + "?resume=" + form.cookie;
    assertTrue(form.html.contains("href=\"" + link + "\""), "the resume link is shown");

    FormClient reopened = new FormClient(api(), api().slug(survey));
    reopened.cookie = form.cookie;
    reopened.open("");
    assertTrue(reopened.html.contains("Välkommen tillbaka!"), reopened.html);
    assertTrue(reopened.html.contains("<h2>Skolan</h2>"));

    FormClient byLink = new FormClient(api(), api().slug(survey));
    byLink.open("?resume=" + form.cookie);
    assertTrue(byLink.html.contains("<h2>Skolan</h2>"));
    byLink.post("nav=back");
    assertTrue(byLink.html.contains("value=\"kille\" checked=\"checked\""));

    FormClient saver = new FormClient(api(), api().slug(survey));
    saver.cookie = form.cookie;
    saver.open("");
    assertTrue(saver.html.contains("<h2>Om dig</h2>"), "where the link's tab went back to");
    saver.post("nav=save&a.alder=ak8&a.kon=tjej");
    assertTrue(saver.html.contains("Sparat!"));
    saver.post("nav=next&a.alder=ak8&a.kon=tjej");
    saver.post("nav=next&a.trygg=5");
    saver.post("nav=next&a.onskan=" + FormClient.enc("Hej"));
    assertTrue(saver.html.contains("Tack för dina svar!"));
    assertNull(saver.cookie, "sending clears the cookie");
    assertEquals("{}", draftAnswers(form.cookie), "sending wipes the draft's answers");

    FormClient afterwards = new FormClient(api(), api().slug(survey));
    afterwards.open("?resume=" + form.cookie);
    assertTrue(afterwards.html.contains("Hur gammal är du?"), "a sent draft starts anew");
    assertFalse(afterwards.html.contains(form.cookie));
  }

  @Test
  void anExpiredDraftIsGone() throws Exception {
    long survey = published();
    FormClient form = startedAt(survey, 14);
    form.post("nav=next&a.alder=ak8");
    sql(
        "UPDATE form_drafts SET expires_on = CURRENT_DATE - INTERVAL 1 DAY WHERE token = ?",
        form.cookie);
    FormClient reopened = new FormClient(api(), api().slug(survey));
    reopened.cookie = form.cookie;
    reopened.open("");
    assertTrue(reopened.html.contains("Hur gammal är du?"), "starts anew");
  }

  @Test
  void doubleSubmitOfTheLastPageStoresOneResponse() throws Exception {
    long survey = published();
    FormClient form = startedAt(survey, 14);
    form.post("nav=next&a.alder=ak8");
    form.post("nav=next&a.trygg=4");
    String lastPage = form.html;
    String cookie = form.cookie;
    form.post("nav=next&a.onskan=" + FormClient.enc("Mer fika"));
    String firstThanks = form.html;
    form.html = lastPage;
    form.cookie = cookie;
    form.post("nav=next&a.onskan=" + FormClient.enc("Mer fika"));
    assertEquals(200, form.last.status());
    assertEquals(firstThanks, form.html);
    assertEquals(1, responseRows(survey).size());
  }

  @Test
  void sectionsAndOtherOptionsAndGuardianConsentAreChecked() {
    String bad =
        """
        {"title":{"sv":"Fel"},"municipality":"0380","languages":["sv"],
         "guardianConsent":{"mode":"maybe"},
         "sections":[{"key":"a","title":{"sv":"A"}},{"key":"b","title":{"sv":"B"}},{"key":"c","title":{"sv":"C"}}],
         "questions":[
          {"key":"q1","section":"b","type":"single_choice","text":{"sv":"1"},
           "options":[{"key":"x","other":true,"text":{"sv":"X"}},{"key":"y","other":true,"text":{"sv":"Y"}}]},
          {"key":"q2","section":"a","type":"yes_no","text":{"sv":"2"}},
          {"key":"q3","section":"zz","type":"yes_no","text":{"sv":"3"}},
          {"key":"q4","type":"yes_no","text":{"sv":"4"}}]}
        """;
    Reply reply = api().createSurvey(api().admin(), bad);
    assertEquals(400, reply.status());
    List<Object> paths = Api.paths(reply);
    assertTrue(paths.contains("questions[0].options"), paths.toString());
    assertTrue(paths.contains("questions[1].section"), "out of section order: " + paths);
    assertTrue(paths.contains("questions[2].section"), "unknown section: " + paths);
    assertTrue(paths.contains("questions[3].section"), "no section: " + paths);
    assertTrue(paths.contains("sections[2]"), "empty section: " + paths);
    assertTrue(paths.contains("guardianConsent.mode"), paths.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
  }

  private boolean feedHas(String questionKey, String text) {
    return feedItem(questionKey, text) != null;
  }

  /** The feed item (read page by page) with this question key and text, or null. */
  private Map<?, ?> feedItem(String questionKey, String text) {
    String after = "0";
    while (true) {
      Map<String, Object> page =
          api()
              .json(
                  HttpRequest.GET("/api/feed?limit=1000&after=" + after).bearerAuth(api().admin()))
              .json();
      List<?> items = (List<?>) page.get("items");
      for (Object item : items) {
        Map<?, ?> one = (Map<?, ?>) item;
        if (questionKey.equals(one.get("questionKey")) && text.equals(one.get("text"))) {
          return one;
        }
      }
      if (items.isEmpty() || page.get("next") == null) {
        return null;
      }
      after = String.valueOf(page.get("next"));
    }
  }

  private Map<String, Object> storedAnswers(long survey) {
    List<Map<String, Object>> rows = responseRows(survey);
    assertEquals(1, rows.size(), rows.toString());
    return rows.get(0);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> responseRows(long survey) {
    return column("SELECT answers FROM responses WHERE survey_id = ?", survey).stream()
        .map(json -> (Map<String, Object>) parse(json))
        .toList();
  }

  private List<String> ageBands(long survey) {
    return column("SELECT age_band FROM responses WHERE survey_id = ?", survey);
  }

  private String draftAnswers(String token) {
    return column("SELECT answers FROM form_drafts WHERE token = ?", token).get(0);
  }

  private static List<String> column(String sql, Object parameter) {
    return TestSql.values(sql, parameter);
  }

  private static void sql(String sql, Object parameter) {
    TestSql.update(sql, parameter);
  }

  @Inject io.micronaut.json.JsonMapper json;

  private Object parse(String text) {
    try {
      return json.readValue(text, Map.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
