package se.hord.survey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;

@MicronautTest
class ResponseApiTest extends ServiceTest {
  private static final String HAPPY =
      """
      {"answers":{"alder":"13-15","kon":"tjej","trygg":4,"fritid":["idrott","gard"],
       "timmar":6,"buss":true,"onskan":"Fler platser att vara på"},"channel":"web"}""";

  @Inject ResponseRepository responses;

  @Test
  void storesAValidResponse() {
    long survey = api().publishedSurvey();
    Reply reply = api().answer(survey, key(), HAPPY);
    assertEquals(201, reply.status(), reply.toString());
    assertEquals("stored", reply.json().get("status"));
    assertEquals(survey, ((Number) reply.json().get("surveyId")).longValue());
    ResponseRow row =
        responses.findById(((Number) reply.json().get("id")).longValue()).orElseThrow();
    assertEquals("web", row.channel());
    assertTrue(row.answers().contains("\"buss\":\"yes\""), row.answers());
  }

  @Test
  void sameIdempotencyKeyTwiceStoresOneResponseAndAnswersTheSame() {
    long survey = api().publishedSurvey();
    String key = key();
    Reply first = api().answer(survey, key, HAPPY);
    Reply second = api().answer(survey, key, HAPPY);
    assertEquals(201, first.status());
    assertEquals(201, second.status());
    assertEquals(first.json(), second.json());
    assertEquals(1, responses.countBySurveyId(survey));
  }

  @Test
  void sameKeyWithAnotherBodyIs422() {
    long survey = api().publishedSurvey();
    String key = key();
    assertEquals(201, api().answer(survey, key, HAPPY).status());
    Reply other = api().answer(survey, key, HAPPY.replace("\"trygg\":4", "\"trygg\":5"));
    assertEquals(422, other.status());
    assertEquals("application/problem+json", other.contentType());
  }

  @Test
  void missingIdempotencyKeyIs400() {
    Reply reply = api().answer(api().publishedSurvey(), null, HAPPY);
    assertEquals(400, reply.status());
    assertTrue(((String) reply.json().get("detail")).contains("Idempotency-Key"));
  }

  @Test
  void missingRequiredAnswerIs400WithItsPath() {
    Reply reply =
        api().answer(api().publishedSurvey(), key(), "{\"answers\":{\"alder\":\"13-15\"}}");
    assertEquals(400, reply.status());
    assertEquals(List.of("answers.trygg"), Api.paths(reply));
  }

  @Test
  void everyWrongAnswerIsListed() {
    Reply reply =
        api()
            .answer(
                api().publishedSurvey(),
                key(),
                """
                {"answers":{"alder":"99","trygg":6,"fritid":["idrott","skate"],"timmar":81,
                 "buss":"kanske","onskan":42,"okand":"x"}}""");
    assertEquals(400, reply.status());
    assertEquals(
        List.of(
            "answers.okand",
            "answers.alder",
            "answers.trygg",
            "answers.fritid",
            "answers.timmar",
            "answers.buss",
            "answers.onskan"),
        Api.paths(reply));
  }

  @Test
  void hiddenRequiredQuestionDoesNotBlockAndHiddenAnswersAreDropped() {
    long survey = api().publishedSurvey();
    Reply reply =
        api()
            .answer(
                survey,
                key(),
                "{\"answers\":{\"alder\":\"16-19\",\"trygg\":5,\"varfor\":\"ska inte sparas\"}}");
    assertEquals(201, reply.status(), reply.toString());
    ResponseRow row =
        responses.findById(((Number) reply.json().get("id")).longValue()).orElseThrow();
    assertTrue(!row.answers().contains("varfor"), row.answers());
  }

  @Test
  void shownRequiredQuestionMustBeAnswered() {
    Reply reply =
        api()
            .answer(
                api().publishedSurvey(), key(), "{\"answers\":{\"alder\":\"16-19\",\"trygg\":2}}");
    assertEquals(400, reply.status());
    assertEquals(List.of("answers.varfor"), Api.paths(reply));
  }

  @Test
  void unknownSurveyIs404() {
    assertEquals(404, api().answer(987654321L, key(), HAPPY).status());
  }

  @Test
  void malformedJsonIs400ProblemJson() {
    Reply reply = api().answer(api().publishedSurvey(), key(), "{\"answers\": {");
    assertEquals(400, reply.status());
    assertEquals("application/problem+json", reply.contentType());
  }

  @Test
  void bodyOverOneMegabyteIs413ProblemJson() {
    String big = "{\"answers\":{\"onskan\":\"" + "a".repeat(1_100_000) + "\"}}";
    Reply reply = api().answer(api().publishedSurvey(), key(), big);
    assertEquals(413, reply.status());
    assertEquals("application/problem+json", reply.contentType());
  }

  @Test
  void draftSurveyIs409() {
    Reply created = api().createSurvey(api().admin(), Api.fixture("surveys/every-type.json"));
    long draft = ((Number) created.json().get("id")).longValue();
    Reply reply = api().answer(draft, key(), HAPPY);
    assertEquals(409, reply.status());
    assertTrue(((String) reply.json().get("detail")).startsWith("Enkäten är inte öppen ännu"));
  }

  @Test
  void closedSurveyIs409() {
    long survey = api().publishedSurvey();
    api().json(HttpRequest.POST("/api/surveys/" + survey + "/close", "").bearerAuth(api().admin()));
    Reply reply = api().answer(survey, key(), HAPPY);
    assertEquals(409, reply.status());
    assertTrue(((String) reply.json().get("detail")).startsWith("Enkäten är stängd"));
  }

  @Test
  void closingTakesEffectAtOnceThoughTheSurveyIsRemembered() {
    // The first answer puts the open survey in SurveyCache; closing must forget it at once.
    long survey = api().publishedSurvey();
    assertEquals(201, api().answer(survey, key(), HAPPY).status());
    api().json(HttpRequest.POST("/api/surveys/" + survey + "/close", "").bearerAuth(api().admin()));
    assertEquals(409, api().answer(survey, key(), HAPPY).status());
  }

  @Test
  void publishingTakesEffectAtOnceThoughTheDraftIsRemembered() {
    String admin = api().admin();
    Reply created =
        api().createSurvey(admin, Api.withUniqueKeyword(Api.fixture("surveys/every-type.json")));
    long draft = ((Number) created.json().get("id")).longValue();
    assertEquals(409, api().answer(draft, key(), HAPPY).status());
    api().publish(admin, draft);
    assertEquals(201, api().answer(draft, key(), HAPPY).status());
  }

  @Test
  void unknownChannelIsRejected() {
    Reply reply = api().answer(api().publishedSurvey(), key(), HAPPY.replace("\"web\"", "\"fax\""));
    assertEquals(400, reply.status());
    assertEquals(List.of("channel"), Api.paths(reply));
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }
}
