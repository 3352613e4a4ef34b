package se.hord.survey.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;

@MicronautTest
class SurveyTest extends ServiceTest {
  private static final String EVERY_TYPE =
      Api.withUniqueKeyword(Api.fixture("surveys/every-type.json"));

  @Test
  void officialCreatesADraftWithEveryQuestionType() {
    String official = api().official("0380");
    Reply created = api().createSurvey(official, EVERY_TYPE);
    assertEquals(201, created.status(), created.toString());
    assertEquals("draft", created.json().get("status"));
    String slug = (String) created.json().get("slug");
    assertTrue(slug.matches("ungas-fritid-2026-[a-z0-9]{8}"), slug);
    long id = ((Number) created.json().get("id")).longValue();
    assertEquals("/api/surveys/" + id, created.raw().getHeaders().get("Location"));

    Reply read = api().json(HttpRequest.GET("/api/surveys/" + id).bearerAuth(official));
    assertEquals(200, read.status());
    assertEquals("draft", read.json().get("status"));
    Map<?, ?> definition = (Map<?, ?>) read.json().get("definition");
    List<?> questions = (List<?>) definition.get("questions");
    assertEquals(
        List.of(
            "single_choice",
            "single_choice",
            "single_choice",
            "likert",
            "multi_choice",
            "number",
            "yes_no",
            "free_text",
            "free_text"),
        questions.stream().map(q -> ((Map<?, ?>) q).get("type")).toList());
    assertEquals(
        Map.of("question", "trygg", "in", List.of(1, 2)),
        ((Map<?, ?>) questions.get(7)).get("showIf"));
  }

  @Test
  void invalidDefinitionListsEveryProblemWithItsPath() {
    Reply reply = api().createSurvey(api().admin(), Api.fixture("surveys/invalid.json"));
    assertEquals(400, reply.status());
    assertEquals("application/problem+json", reply.contentType());
    List<Object> paths = Api.paths(reply);
    assertEquals(
        List.of(
            "title.sv",
            "municipality",
            "languages",
            "questions[0].options",
            "questions[1].scale",
            "questions[1].key",
            "questions[2].showIf.question",
            "questions[3].type",
            "questions[4].options[1].key",
            "questions[5].showIf.question"),
        paths);
  }

  @Test
  void officialCannotCreateForAnotherMunicipality() {
    Reply reply = api().createSurvey(api().official("1880"), EVERY_TYPE);
    assertEquals(403, reply.status());
  }

  @Test
  void officialOfAnotherMunicipalityCannotSeeOrChangeTheSurvey() {
    long id = created(api().official("0380"));
    String other = api().official("1880");
    assertEquals(404, api().json(HttpRequest.GET("/api/surveys/" + id).bearerAuth(other)).status());
    assertEquals(404, post("/api/surveys/" + id + "/publish", other).status());
    assertEquals(404, post("/api/surveys/" + id + "/close", other).status());
    Reply list = api().text(HttpRequest.GET("/api/surveys").bearerAuth(other));
    assertFalse(list.text().contains("\"id\":" + id + ","));
  }

  @Test
  void listShowsTheOfficialsOwnSurveys() {
    String official = api().official("0380");
    long id = created(official);
    Reply list = api().text(HttpRequest.GET("/api/surveys").bearerAuth(official));
    assertEquals(200, list.status());
    assertTrue(list.text().contains("\"id\":" + id + ","));
  }

  @Test
  void publishAndCloseFollowTheStateMachine() {
    String official = api().official("0380");
    long id = created(official);
    assertEquals(409, post("/api/surveys/" + id + "/close", official).status());
    Reply published = post("/api/surveys/" + id + "/publish", official);
    assertEquals(200, published.status());
    assertEquals("published", published.json().get("status"));
    Reply again = post("/api/surveys/" + id + "/publish", official);
    assertEquals(409, again.status());
    assertTrue(((String) again.json().get("detail")).startsWith("Enkäten är publicerad"));
    assertEquals("closed", post("/api/surveys/" + id + "/close", official).json().get("status"));
    assertEquals(409, post("/api/surveys/" + id + "/publish", official).status());
    assertEquals(409, post("/api/surveys/" + id + "/close", official).status());
  }

  @Test
  void unknownSurveyIs404AndNoTokenIs401() {
    assertEquals(
        404, api().json(HttpRequest.GET("/api/surveys/999999").bearerAuth(api().admin())).status());
    assertEquals(401, api().json(HttpRequest.GET("/api/surveys/1")).status());
  }

  @Test
  void malformedJsonIs400ProblemJson() {
    Reply reply = api().createSurvey(api().admin(), "{\"title\": ");
    assertEquals(400, reply.status());
    assertEquals("application/problem+json", reply.contentType());
  }

  private long created(String token) {
    return ((Number) api().createSurvey(token, EVERY_TYPE).json().get("id")).longValue();
  }

  private Reply post(String path, String token) {
    return api().json(HttpRequest.POST(path, "").bearerAuth(token));
  }
}
