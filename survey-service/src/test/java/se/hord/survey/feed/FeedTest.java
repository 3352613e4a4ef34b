package se.hord.survey.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.hord.platform.security.ServiceTokens;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;

@MicronautTest
class FeedTest extends ServiceTest {
  @Inject ServiceTokens serviceTokens;

  @Test
  void feedReturnsFreeTextItemsInOrderWithTheNextCursor() {
    long survey = api().publishedSurvey();
    String before = (String) feed("", 1000).json().get("next");
    answer(
        survey,
        "{\"alder\":\"13-15\",\"kon\":\"tjej\",\"skola\":\"norr\",\"trygg\":1,"
            + "\"varfor\":\"Mobbning på rasten\",\"onskan\":\"Vuxna ute\",\"fritid\":[\"idrott\"]}");
    answer(survey, "{\"alder\":\"16-19\",\"trygg\":5,\"onskan\":\"Längre öppettider\"}");
    answer(survey, "{\"alder\":\"16-19\",\"trygg\":4}");

    Reply page = feed(before, 1000);
    assertEquals(200, page.status());
    List<Map<?, ?>> items = items(page);
    assertEquals(
        List.of("Mobbning på rasten", "Vuxna ute", "Längre öppettider"),
        items.stream().map(i -> i.get("text")).toList());
    Map<?, ?> first = items.get(0);
    assertTrue(((String) first.get("id")).matches("survey:resp-\\d+:varfor"));
    assertEquals("survey", first.get("source"));
    assertEquals("0380", first.get("municipality"));
    assertEquals(Long.toString(survey), first.get("originId"));
    assertEquals("Ungas fritid 2026", first.get("originTitle"));
    assertEquals("varfor", first.get("questionKey"));
    assertEquals("Vad gör att du känner dig otrygg?", first.get("questionText"));
    assertEquals("sv", first.get("language"));
    assertEquals("13-15", first.get("ageBand"));
    assertEquals("tjej", first.get("gender"));
    assertEquals("norr", first.get("area"));
    assertEquals("web", first.get("channel"));
    assertTrue(((String) first.get("createdAt")).endsWith("T00:00:00Z"));
    Map<?, ?> closed = (Map<?, ?>) first.get("closedAnswers");
    assertEquals(1, ((Number) closed.get("trygg")).intValue());
    assertEquals(List.of("idrott"), closed.get("fritid"));
    assertTrue(!closed.containsKey("onskan"));

    String next = (String) page.json().get("next");
    Reply rest = feed(next, 1000);
    assertEquals(List.of(), items(rest));
    assertEquals(next, rest.json().get("next"));

    Reply one = feed(before, 1);
    assertEquals(1, items(one).size());
    assertEquals("Vuxna ute", items(feed((String) one.json().get("next"), 1)).get(0).get("text"));
  }

  @Test
  void serviceTokenMayReadTheFeed() {
    Reply reply =
        api().json(HttpRequest.GET("/api/feed").bearerAuth(serviceTokens.token("analysis")));
    assertEquals(200, reply.status());
  }

  @Test
  void anonymousIs401AndOfficialIs403() {
    assertEquals(401, api().json(HttpRequest.GET("/api/feed")).status());
    assertEquals(
        403, api().json(HttpRequest.GET("/api/feed").bearerAuth(api().official("0380"))).status());
  }

  @Test
  void badCursorOrLimitIs400() {
    assertEquals(400, feed("not-a-cursor", 10).status());
    assertEquals(400, feed("", 0).status());
  }

  private void answer(long survey, String answers) {
    Reply reply =
        api().answer(survey, UUID.randomUUID().toString(), "{\"answers\":" + answers + "}");
    assertEquals(201, reply.status(), reply.toString());
  }

  private Reply feed(String after, int limit) {
    return api()
        .json(
            HttpRequest.GET("/api/feed?after=" + after + "&limit=" + limit)
                .bearerAuth(api().admin()));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<?, ?>> items(Reply reply) {
    return (List<Map<?, ?>>) reply.json().get("items");
  }
}
