package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest
class ContributionApiTest extends ApiTestSupport {
  private static final Map<String, Object> QUOTE =
      Map.of(
          "prompt", "trygg",
          "text", "Jag känner mig trygg på fritidsgården",
          "ageBand", "13-15",
          "gender", "tjej",
          "area", "Gottsunda",
          "consent", true);

  private Map<String, Object> event;
  private String ambassador;

  @BeforeAll
  void anEventWithAnAmbassador() {
    String official = official("0380");
    event = createEvent(official, createDialogue(official, "0380").get("id"));
    ambassador = ambassadorOf(event);
  }

  private List<Map<String, Object>> contributions(String token) {
    return list("/api/events/" + event.get("id") + "/contributions", token);
  }

  @Test
  void ambassadorStoresContribution() {
    HttpResponse<Map<String, Object>> stored = contribute(event.get("id"), ambassador, QUOTE);

    assertEquals(201, stored.code());
    assertEquals(event.get("id"), stored.body().get("eventId"));
    assertEquals("stored", stored.body().get("status"));
    Map<String, Object> listed =
        contributions(ambassador).stream()
            .filter(c -> c.get("id").equals(stored.body().get("id")))
            .findFirst()
            .orElseThrow();
    assertEquals("trygg", listed.get("prompt"));
    assertEquals("Jag känner mig trygg på fritidsgården", listed.get("text"));
    assertEquals("Gottsunda", listed.get("area"));
    assertEquals(true, listed.get("consent"));
    assertEquals(LocalDate.now(ZoneId.of("Europe/Stockholm")).toString(), listed.get("createdOn"));
  }

  @Test
  void sameIdempotencyKeyTwiceStoresOneContributionAndAnswersTheSame() {
    Map<String, Object> body = new HashMap<>(QUOTE);
    body.put("text", "Bussen till stan går för sällan");
    HttpResponse<Map<String, Object>> first = contribute(event.get("id"), ambassador, "k-1", body);
    HttpResponse<Map<String, Object>> again = contribute(event.get("id"), ambassador, "k-1", body);

    assertEquals(201, again.code());
    assertEquals(first.body(), again.body());
    assertEquals("true", again.header("Idempotent-Replayed"));
    long stored =
        contributions(ambassador).stream()
            .filter(c -> "Bussen till stan går för sällan".equals(c.get("text")))
            .count();
    assertEquals(1, stored);
  }

  @Test
  void sameIdempotencyKeyWithAnotherBodyIsRefused() {
    contribute(event.get("id"), ambassador, "k-2", QUOTE);
    Map<String, Object> other = new HashMap<>(QUOTE);
    other.put("text", "Något helt annat");
    fails(422, () -> contribute(event.get("id"), ambassador, "k-2", other));
  }

  @Test
  void missingIdempotencyKeyIsABadRequest() {
    Map<String, Object> problem =
        fails(
            400,
            () ->
                call(
                    HttpRequest.POST("/api/events/" + event.get("id") + "/contributions", QUOTE),
                    ambassador));
    assertTrue(((String) problem.get("detail")).contains("Idempotency-Key"));
  }

  @Test
  void unknownPromptAndOverlongTextAreListed() {
    Map<String, Object> body = new HashMap<>(QUOTE);
    body.put("prompt", "skola");
    body.put("text", "x".repeat(2001));
    Map<String, Object> problem = fails(400, () -> contribute(event.get("id"), ambassador, body));
    assertEquals(List.of("prompt", "text"), paths(problem));
  }

  @Test
  void emptyTextIsRefused() {
    Map<String, Object> problem =
        fails(
            400,
            () -> contribute(event.get("id"), ambassador, Map.of("prompt", "trygg", "text", " ")));
    assertEquals(List.of("text"), paths(problem));
  }

  @Test
  void malformedJsonIsABadRequest() {
    fails(
        400,
        () ->
            call(
                HttpRequest.POST("/api/events/" + event.get("id") + "/contributions", "{\"text\":")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", "k-broken"),
                ambassador));
  }

  @Test
  void tooLargeBodyIsRefused() {
    String huge = "{\"prompt\":\"trygg\",\"text\":\"" + "a".repeat(1_100_000) + "\"}";
    fails(
        413,
        () ->
            call(
                HttpRequest.POST("/api/events/" + event.get("id") + "/contributions", huge)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", "k-huge"),
                ambassador));
  }

  @Test
  void ambassadorOfAnotherEventCannotPostOrRead() {
    String official = official("0380");
    Map<String, Object> other = createEvent(official, createDialogue(official, "0380").get("id"));
    String otherAmbassador = ambassadorOf(other);

    fails(403, () -> contribute(event.get("id"), otherAmbassador, QUOTE));
    fails(403, () -> contributions(otherAmbassador));
  }

  @Test
  void officialOfTheMunicipalityReadsAndOthersCannot() {
    contribute(event.get("id"), ambassador, QUOTE);
    assertTrue(contributions(official("0380")).size() >= 1);
    assertTrue(contributions(admin()).size() >= 1);
    fails(403, () -> contributions(official("1880")));
    fails(403, () -> contribute(event.get("id"), official("1880"), QUOTE));
  }

  @Test
  void officialMayAlsoCaptureForTheirEvent() {
    HttpResponse<Map<String, Object>> stored = contribute(event.get("id"), official("0380"), QUOTE);
    assertNotNull(stored.body().get("id"));
  }

  @Test
  void unknownEventIsNotFound() {
    fails(404, () -> contribute(99999999, admin(), QUOTE));
    fails(404, () -> list("/api/events/99999999/contributions", official("0380")));
  }

  @Test
  void anonymousCallerMustLogIn() {
    fails(401, () -> contribute(event.get("id"), null, QUOTE));
  }
}
