package se.hord.survey.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.SurveyDefinition;

@MicronautTest
class ResultsTest extends ServiceTest {
  @Inject JsonMapper json;

  @Test
  void resultsHideSmallCountsAndNoHiddenCountCanBeWorkedOutAcrossEveryBreakdown()
      throws IOException {
    long id = api().publishedSurvey();
    Random random = new Random(7);
    int stored = 0;
    for (int i = 0; i < 40; i++) {
      Reply reply =
          api()
              .answer(
                  id,
                  UUID.randomUUID().toString(),
                  json.writeValueAsString(Map.of("answers", answers(random))));
      assertEquals(201, reply.status(), reply.toString());
      stored++;
    }
    Reply results = results(id, "", api().official("0380"));
    assertEquals(200, results.status(), results.toString());
    assertEquals(stored, ((Number) results.json().get("respondents")).intValue());
    assertEquals(List.of("alder", "kon", "skola"), byKeys(results.json()));
    SubtractionAttack attack = ResultsAttacks.attack(results.json(), questions());
    assertTrue(attack.hiddenCount() > 10, "hidden: " + attack.hiddenCount());
    assertEquals(List.of(), List.copyOf(attack.recovered()));
  }

  @Test
  void noHiddenCountOfHundredsOfRandomSurveysCanBeWorkedOut() throws IOException {
    SurveyDefinition definition =
        json.readValue(Api.fixture("surveys/every-type.json"), SurveyDefinition.class);
    List<Question> background = ResultsService.backgroundQuestions(definition, null);
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) {
      List<Map<String, Object>> answers = new ArrayList<>();
      int size = random.nextInt(90);
      for (int i = 0; i < size; i++) {
        answers.add(answers(random));
      }
      Map<String, Object> results =
          json.readValue(
              json.writeValueAsBytes(ResultsCalculator.compute(1, definition, answers, background)),
              Argument.mapOf(String.class, Object.class));
      SubtractionAttack attack = ResultsAttacks.attack(results, questions());
      assertEquals(List.of(), List.copyOf(attack.recovered()), "round " + round);
    }
  }

  @Test
  void likertShowsDistributionMeanAndShareAgreeing() throws IOException {
    long id = api().publishedSurvey();
    int[] trygg = {5, 5, 4, 4, 4, 3, 3, 5, 4, 4};
    for (int value : trygg) {
      Map<String, Object> answer = Map.of("alder", "13-15", "trygg", value, "timmar", value * 2);
      api()
          .answer(
              id, UUID.randomUUID().toString(), json.writeValueAsString(Map.of("answers", answer)));
    }
    Map<String, Object> total = question(results(id, "alder", api().admin()), "trygg");
    assertEquals(10, total.get("answered"));
    assertEquals(
        List.of("<5", "<5", "<5", 5, "<5"),
        counts(total).stream().map(c -> c.get("count")).toList());
    assertNull(total.get("mean"), "a row with hidden counts shows no mean");

    for (int value : new int[] {1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 5, 5}) {
      Map<String, Object> answer =
          Map.of("alder", "16-19", "trygg", value, "varfor", "stökigt", "timmar", value * 2);
      api()
          .answer(
              id, UUID.randomUUID().toString(), json.writeValueAsString(Map.of("answers", answer)));
    }
    Reply all = results(id, "alder", api().admin());
    total = question(all, "trygg");
    assertEquals(List.of(5, 5, 5, 5, 5), counts(total).stream().map(c -> c.get("count")).toList());
    assertEquals(3.0, ((Number) total.get("mean")).doubleValue(), 0.001);
    assertEquals(0.4, ((Number) total.get("shareAgreeing")).doubleValue(), 0.001);
    assertEquals(0.2, ((Number) counts(total).get(0).get("share")).doubleValue(), 0.001);
    Map<String, Object> timmar = question(all, "timmar");
    assertEquals(6.0, ((Number) timmar.get("median")).doubleValue(), 0.001);
    assertEquals(2, ((Number) timmar.get("min")).intValue());
    assertEquals(10, ((Number) timmar.get("max")).intValue());
    assertEquals(0, ((List<?>) question(all, "varfor").get("counts")).size());
  }

  @Test
  void breakdownByOneBackgroundQuestion() {
    long id = api().publishedSurvey();
    Reply reply = results(id, "kon", api().admin());
    assertEquals(200, reply.status());
    assertEquals(List.of("kon"), byKeys(reply.json()));
    assertEquals("<5", reply.json().get("respondents"));
  }

  @Test
  void unknownBreakdownIs400() {
    long id = api().publishedSurvey();
    Reply reply = results(id, "trygg_inte", api().admin());
    assertEquals(400, reply.status());
    assertEquals(List.of("by"), Api.paths(reply));
  }

  @Test
  void officialOfAnotherMunicipalityGets404AndNoTokenGets401() {
    long id = api().publishedSurvey();
    assertEquals(404, results(id, "", api().official("1880")).status());
    assertEquals(404, results(999_999, "", api().admin()).status());
    assertEquals(401, api().json(HttpRequest.GET("/api/surveys/" + id + "/results")).status());
  }

  private Reply results(long id, String by, String token) {
    return api()
        .json(HttpRequest.GET("/api/surveys/" + id + "/results?by=" + by).bearerAuth(token));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> question(Reply reply, String key) {
    return ((List<Map<String, Object>>) reply.json().get("questions"))
        .stream()
            .filter(q -> key.equals(q.get("key")))
            .map(q -> (Map<String, Object>) q.get("total"))
            .findFirst()
            .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> counts(Map<String, Object> row) {
    return (List<Map<String, Object>>) row.get("counts");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> byKeys(Map<String, Object> results) {
    return ((List<Map<String, Object>>) results.get("breakdowns"))
        .stream().map(b -> b.get("by")).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> questions() throws IOException {
    Map<String, Object> definition =
        json.readValue(
            Api.fixture("surveys/every-type.json"), Argument.mapOf(String.class, Object.class));
    return (List<Map<String, Object>>) definition.get("questions");
  }

  /** A valid random response to the every-type fixture, some optional questions left out. */
  private static Map<String, Object> answers(Random random) {
    Map<String, Object> a = new HashMap<>();
    a.put("alder", random.nextBoolean() ? "13-15" : "16-19");
    pick(random, a, "kon", "tjej", "kille", "annat", "vill_inte");
    pick(random, a, "skola", "centrum", "norr");
    int trygg = 1 + random.nextInt(5);
    a.put("trygg", trygg);
    if (random.nextInt(3) > 0) {
      List<String> fritid = new ArrayList<>();
      if (random.nextBoolean()) {
        fritid.add("idrott");
      }
      if (random.nextInt(4) == 0 || fritid.isEmpty()) {
        fritid.add("gard");
      }
      a.put("fritid", fritid);
    }
    if (random.nextBoolean()) {
      a.put("timmar", random.nextInt(30));
    }
    pick(random, a, "buss", "yes", "no");
    if (trygg <= 2) {
      a.put("varfor", "Det är stökigt");
    }
    if (random.nextInt(4) == 0) {
      a.put("onskan", "En skatepark");
    }
    return a;
  }

  private static void pick(Random random, Map<String, Object> a, String key, String... values) {
    int i = random.nextInt(values.length + 1);
    if (i < values.length) {
      a.put(key, values[i]);
    }
  }
}
