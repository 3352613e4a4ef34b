package se.hord.survey.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.Pages;
import se.hord.survey.ServiceTest;
import se.hord.survey.definition.SurveyDefinition;

/**
 * One template run in 0380 and 0180 (ten answers each): an official of 0380 sees their own figures
 * beside 0180's aggregates, never an answer's text, never a count under 5.
 */
@MicronautTest
class CompareApiTest extends ServiceTest {
  private static final String SECRET_TEXT = "Min hemliga önskan 4711";

  @Inject JsonMapper json;
  @Inject EmbeddedServer server;
  private String template;
  private long own;

  @BeforeEach
  void twoMunicipalitiesRunOneTemplate() throws Exception {
    String tag = Pages.newTemplateTag();
    own = Pages.published(api(), "0380", tag);
    long other = Pages.published(api(), "0180", tag);
    for (int i = 0; i < 10; i++) {
      Pages.answer(api(), json, own, answer("tjej", 3 + i % 3, 10 + i));
    }
    for (int i = 0; i < 10; i++) {
      Pages.answer(api(), json, other, answer(i < 2 ? "kille" : "tjej", 4, 20 + i));
    }
    Map<String, Object> definition =
        api().json(HttpRequest.GET("/api/surveys/" + other).bearerAuth(api().admin())).json();
    template =
        TemplateKeys.of(
            json.readValue(
                json.writeValueAsBytes(definition.get("definition")), SurveyDefinition.class));
  }

  @Test
  void anOfficialSeesTheirOwnFiguresBesideOtherMunicipalitiesAggregates() {
    Reply reply = compare("template=" + template, api().official("0380"));
    assertEquals(200, reply.status(), reply.toString());
    List<Map<String, Object>> surveys = list(reply.json(), "surveys");
    assertEquals(
        List.of("0380", "0180"), surveys.stream().map(s -> s.get("municipality")).toList());
    assertEquals(true, surveys.get(0).get("own"));
    assertEquals(own, ((Number) surveys.get(0).get("surveyId")).longValue());
    assertEquals(false, surveys.get(1).get("own"));
    assertNull(surveys.get(1).get("surveyId"), "no way into another municipality's survey");
    assertEquals(List.of(10, 10), surveys.stream().map(s -> s.get("respondents")).toList());

    Map<String, Object> kon = question(reply, "kon");
    List<Map<String, Object>> rows = list(kon, "rows");
    assertEquals(List.of("0380", "0180"), rows.stream().map(r -> r.get("group")).toList());
    assertEquals(List.of(10, "<5", "<5", "<5"), counts(rows.get(0)));
    assertEquals(List.of(8, "<5", "<5", "<5"), counts(rows.get(1)), "two boys in 0180 are hidden");

    Map<String, Object> timmar = question(reply, "timmar");
    List<Map<String, Object>> numberRows = list(timmar, "rows");
    assertEquals(10, ((Number) numberRows.get(0).get("min")).intValue(), "own: as in results");
    assertNull(numberRows.get(1).get("min"), "one person's answer is not shown to others");
    assertNull(numberRows.get(1).get("max"));
    assertTrue(numberRows.get(1).containsKey("mean"));
    assertFalse(String.valueOf(reply.json()).contains(SECRET_TEXT), "no free text leaves");
  }

  @Test
  void theComparisonPageShowsTheSameAggregatesAsTables() throws Exception {
    String official = api().official("0380");
    String url = server.getURL() + "/admin/surveys/compare?template=" + template;
    java.net.http.HttpResponse<String> page = Pages.get(url, official);
    assertEquals(200, page.statusCode(), page.body());
    String html = page.body();
    assertTrue(html.contains("Kommun 0380 (din / yours)"), html);
    assertTrue(html.contains("Kommun 0180"), html);
    assertTrue(html.contains("<td class=\"count hidden-count\">&lt;5</td>"), html);
    assertTrue(html.contains("href=\"/admin/surveys/" + own + "/results\""), "own survey linked");
    assertFalse(html.contains(SECRET_TEXT));
    assertEquals(404, Pages.get(url, api().official("1480")).statusCode());
    assertEquals(303, Pages.get(url, null).statusCode());
  }

  @Test
  void onlyChosenMunicipalitiesAreCompared() {
    Reply reply = compare("template=" + template + "&municipalities=0180", api().official("0380"));
    assertEquals(200, reply.status(), reply.toString());
    assertEquals(
        List.of("0180"),
        list(reply.json(), "surveys").stream().map(s -> s.get("municipality")).toList());
  }

  @Test
  void anOfficialWhoseMunicipalityDidNotRunTheTemplateGets404() {
    assertEquals(404, compare("template=" + template, api().official("1480")).status());
    assertEquals(404, compare("template=0123456789abcdef", api().official("0380")).status());
  }

  @Test
  void anAdminSeesEveryMunicipalityAndNoTokenIs401() {
    Reply reply = compare("template=" + template, api().admin());
    assertEquals(200, reply.status());
    assertEquals(2, list(reply.json(), "surveys").size());
    assertEquals(
        401, api().json(HttpRequest.GET("/api/surveys/compare?template=" + template)).status());
  }

  @Test
  void badTemplateOrMunicipalitiesAre400WithThePath() {
    Reply noTemplate = compare("", api().official("0380"));
    assertEquals(400, noTemplate.status());
    assertTrue(
        noTemplate.contentType().startsWith("application/problem+json"), noTemplate.contentType());
    assertEquals(List.of("template"), Api.paths(noTemplate));
    Reply badCodes =
        compare("template=" + template + "&municipalities=0380,Kiruna", api().official("0380"));
    assertEquals(400, badCodes.status());
    assertEquals(List.of("municipalities"), Api.paths(badCodes));
    assertTrue(String.valueOf(badCodes.json().get("detail")).startsWith("Kommunkoder"));
  }

  private Map<String, Object> answer(String kon, int trygg, int timmar) {
    return Map.of(
        "alder", "13-15", "kon", kon, "trygg", trygg, "timmar", timmar, "onskan", SECRET_TEXT);
  }

  private Reply compare(String query, String token) {
    return api().json(HttpRequest.GET("/api/surveys/compare?" + query).bearerAuth(token));
  }

  private static Map<String, Object> question(Reply reply, String key) {
    return list(reply.json(), "questions").stream()
        .filter(q -> key.equals(q.get("key")))
        .findFirst()
        .orElseThrow();
  }

  private static List<Object> counts(Map<String, Object> row) {
    return list(row, "counts").stream().map(c -> c.get("count")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
    return (List<Map<String, Object>>) map.get(key);
  }
}
