package se.hord.survey.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;

/** The editor's pages over plain HTTP: login, municipality isolation, CSRF, errors, escaping. */
@MicronautTest
class SurveyEditorAccessTest extends ServiceTest {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  @Test
  void aVisitorWithoutLoginIsSentToTheLoginPageAndBack() {
    Reply answer = api().text(HttpRequest.GET("/admin/surveys/new"));
    assertEquals(303, answer.status());
    String location = answer.raw().getHeaders().get("Location");
    assertTrue(location.startsWith("http://127.0.0.1:8081/login?returnTo="), location);
    assertTrue(
        location.endsWith(URLEncoder.encode("/admin/surveys/new", StandardCharsets.UTF_8)),
        location);
  }

  @Test
  void anotherMunicipalitysOfficialGetsNotFoundAndCannotPublish() {
    long id = draft(api().official("0380"));
    String stranger = api().official("0180");
    for (String path :
        new String[] {
          "/admin/surveys/" + id,
          "/admin/surveys/" + id + "/edit",
          "/admin/surveys/" + id + "/preview"
        }) {
      Reply page = get(path, stranger);
      assertEquals(404, page.status(), path);
      assertTrue(page.text().contains("Det finns ingen enkät"), page.text());
    }
    Reply publish = post("/admin/surveys/" + id + "/publish", stranger, "confirm=yes");
    assertEquals(404, publish.status());
    Reply edit = post("/admin/surveys/" + id + "/edit", stranger, "action=save");
    assertEquals(404, edit.status());
    String list = get("/admin/surveys", stranger).text();
    assertFalse(list.contains("/admin/surveys/" + id + "\""));
    assertEquals(1, list.split("<header").length - 1, "one shared header bar: " + list);
    assertTrue(list.contains("href=\"/assets/hord.css\""));
    assertEquals("draft", status(id));
  }

  @Test
  void aFormWithoutTheCsrfTokenIsRefused() {
    String official = api().official("0380");
    long id = draft(official);
    Reply publish = send("/admin/surveys/" + id + "/publish", official, "confirm=yes");
    assertEquals(403, publish.status());
    assertTrue(publish.text().contains("Ladda om sidan"), publish.text());
    Reply forged = send("/admin/surveys/" + id + "/publish", official, "confirm=yes&csrf=forged");
    assertEquals(403, forged.status());
    assertEquals(403, send("/admin/surveys", official, "title.sv=X&action=save").status());
    assertEquals(403, send("/admin/surveys/" + id + "/preview", official, "a.x=1").status());
    assertEquals("draft", status(id));
  }

  @Test
  void publishingNeedsTheConfirmationBox() {
    String official = api().official("0380");
    long id = draft(official);
    Reply unconfirmed = post("/admin/surveys/" + id + "/publish", official, "");
    assertEquals(400, unconfirmed.status());
    assertTrue(unconfirmed.text().contains("Kryssa i rutan först"));
    assertEquals("draft", status(id));
    assertEquals(303, post("/admin/surveys/" + id + "/publish", official, "confirm=yes").status());
    assertEquals("published", status(id));
    assertEquals(303, post("/admin/surveys/" + id + "/close", official, "confirm=yes").status());
    assertEquals("closed", status(id));
  }

  @Test
  void problemsAreShownNextToTheirFieldsAndNothingIsStored() {
    String official = api().official("0380");
    int before = surveys(official);
    Reply page =
        post(
            "/admin/surveys",
            official,
            "action=save&municipality=0380&languages=sv&title.sv="
                + "&q.0.type=likert&q.0.key=trygg&q.0.text.sv=Trygg%3F&q.0.scale=tolv"
                + "&q.1.type=free_text&q.1.key=varfor&q.1.text.sv=Varf%C3%B6r%3F"
                + "&q.1.showIf.question=finnsinte&q.1.showIf.op=equals&q.1.showIf.value=1"
                + "&q.2.type=single_choice&q.2.key=trygg&q.2.text.sv=%3Cscript%3Ex%3C%2Fscript%3E");
    assertEquals(400, page.status());
    String html = page.text();
    assertTrue(html.contains("id=\"title.sv-error\""), html);
    assertTrue(html.contains("Enkäten behöver en titel på svenska"));
    assertTrue(html.contains("id=\"q.0.scale-error\""));
    assertTrue(html.contains("Skriv ett heltal"));
    assertTrue(html.contains("id=\"q.1.showIf.question-error\""));
    assertTrue(html.contains("showIf pekar på en fråga som inte finns"));
    assertTrue(html.contains("id=\"q.2.key-error\""));
    assertTrue(html.contains("id=\"q.2.options-error\""));
    assertTrue(html.contains("Fråga 3 (Question): "));
    assertTrue(html.contains("value=\"&lt;script&gt;x&lt;/script&gt;\""), "escaped");
    assertFalse(html.contains("<script>x"));
    assertEquals(before, surveys(official));
  }

  @Test
  void theButtonsAddMoveAndRemoveQuestionsWithoutJavaScript() {
    String official = api().official("0380");
    String base =
        "municipality=0380&languages=sv&languages=en&title.sv=T&q.0.type=yes_no&q.0.key=a"
            + "&q.0.text.de=Frage";
    String added = post("/admin/surveys", official, base + "&action=add:number").text();
    assertTrue(added.contains("name=\"q.1.min\""), added);
    assertTrue(added.contains("name=\"q.1.text.en\""), added);
    assertTrue(
        added.contains("type=\"hidden\" name=\"q.0.text.de\" value=\"Frage\""),
        "a text in a language the editor has no column for is kept: " + added);
    String moved =
        post("/admin/surveys", official, base + "&q.1.type=number&q.1.key=b&action=up:1").text();
    assertTrue(moved.indexOf("value=\"b\"") < moved.indexOf("value=\"a\""), moved);
    String removed =
        post("/admin/surveys", official, base + "&q.1.type=number&q.1.key=b&action=remove:0")
            .text();
    assertFalse(removed.contains("name=\"q.1.type\""));
    assertTrue(removed.contains("name=\"q.0.key\" value=\"b\""), removed);
  }

  @Test
  void anOldOtherPairOpensAsTheBoxAndIsSavedNative() {
    String official = api().official("0380");
    String legacy =
        """
        {"title":{"sv":"Gammal"},"municipality":"0380","languages":["sv"],"questions":[
          {"key":"kon","type":"single_choice","text":{"sv":"Kön"},
           "options":[{"key":"tjej","text":{"sv":"Tjej"}},{"key":"other","text":{"sv":"Annat"}}]},
          {"key":"kon_other","type":"free_text","text":{"sv":"Vad då?"},
           "showIf":{"question":"kon","equals":"other"}}]}
        """;
    long id = ((Number) api().createSurvey(official, legacy).json().get("id")).longValue();
    String page = get("/admin/surveys/" + id + "/edit", official).text();
    assertTrue(
        Pattern.compile("name=\"q\\.0\\.other\" value=\"on\" checked").matcher(page).find(), page);
    assertTrue(page.contains("name=\"q.0.otherText.sv\" value=\"Annat\""), page);
    assertFalse(page.contains("name=\"q.1.key\""), "the pair's text question is the box: " + page);

    Reply saved =
        post(
            "/admin/surveys/" + id + "/edit",
            official,
            "action=save&municipality=0380&languages=sv&title.sv=Gammal&q.0.type=single_choice"
                + "&q.0.key=kon&q.0.text.sv=K%C3%B6n&q.0.o.0.key=tjej&q.0.o.0.text.sv=Tjej"
                + "&q.0.other=on&q.0.otherText.sv=Annat");
    assertEquals(303, saved.status(), saved.text());
    Map<?, ?> definition = definition(id);
    List<?> questions = (List<?>) definition.get("questions");
    assertEquals(1, questions.size(), questions.toString());
    assertEquals(
        List.of(
            Map.of("key", "tjej", "text", Map.of("sv", "Tjej")),
            Map.of("key", "other", "text", Map.of("sv", "Annat"), "other", true)),
        ((Map<?, ?>) questions.get(0)).get("options"));
  }

  @Test
  void sectionsAreAddedRenamedAndRemovedWithoutJavaScriptAndCheckedByField() {
    String official = api().official("0380");
    String base = "municipality=0380&languages=sv&title.sv=T&q.0.type=yes_no&q.0.key=a";
    String added = post("/admin/surveys", official, base + "&action=addSection").text();
    assertTrue(added.contains("name=\"s.0.key\" value=\"a1\""), added);
    assertTrue(added.contains("<option value=\"a1\">a1</option>"), added);

    String renamed =
        post(
                "/admin/surveys",
                official,
                base + "&s.0.key=om&s.0.was=a1&s.0.title.sv=Om+dig&q.0.section=a1&action=refresh")
            .text();
    assertTrue(
        renamed.contains("<option value=\"om\" selected=\"selected\">om – Om dig</option>"),
        "the question follows its section's new code: " + renamed);

    String removed =
        post("/admin/surveys", official, base + "&s.0.key=om&q.0.section=om&action=removeSection:0")
            .text();
    assertFalse(removed.contains("name=\"s.0.key\""), removed);
    assertFalse(
        removed.contains("name=\"q.0.section\""),
        "no sections left, so no chooser and no section on the question: " + removed);

    Reply wrong =
        post(
            "/admin/surveys",
            official,
            base
                + "&s.0.key=om&s.1.key=om&s.1.title.sv=Igen&q.0.section=finnsinte"
                + "&guardianMode=ask&minAge=9&action=save");
    assertEquals(400, wrong.status());
    String html = wrong.text();
    assertTrue(html.contains("id=\"s.0.title.sv-error\""), html);
    assertTrue(html.contains("Avsnittet behöver en rubrik på svenska"), html);
    assertTrue(html.contains("id=\"s.1.key-error\""), html);
    assertTrue(html.contains("id=\"q.0.section-error\""), html);
    assertTrue(html.contains("<option value=\"finnsinte\" selected>"), html);
    assertTrue(html.contains("id=\"guardianText.sv-error\""), html);
    assertTrue(html.contains("Avsnitt 2 (Section): "), html);
  }

  private Map<?, ?> definition(long id) {
    return (Map<?, ?>)
        api()
            .json(HttpRequest.GET("/api/surveys/" + id).bearerAuth(api().admin()))
            .json()
            .get("definition");
  }

  private long draft(String official) {
    Reply created =
        api().createSurvey(official, Api.withUniqueKeyword(Api.fixture("surveys/every-type.json")));
    return ((Number) created.json().get("id")).longValue();
  }

  private String status(long id) {
    return (String)
        api()
            .json(HttpRequest.GET("/api/surveys/" + id).bearerAuth(api().admin()))
            .json()
            .get("status");
  }

  private int surveys(String official) {
    return api()
            .text(HttpRequest.GET("/api/surveys").bearerAuth(official))
            .text()
            .split("\"id\"")
            .length
        - 1;
  }

  private Reply get(String path, String token) {
    return api().text(HttpRequest.GET(path).bearerAuth(token));
  }

  /** Posts the form with the caller's own CSRF token. */
  private Reply post(String path, String token, String body) {
    Matcher m = CSRF.matcher(get("/admin/surveys/new", token).text());
    assertTrue(m.find());
    return send(path, token, body + "&csrf=" + m.group(1));
  }

  private Reply send(String path, String token, String body) {
    return api()
        .text(
            HttpRequest.POST(path, body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .bearerAuth(token));
  }
}
