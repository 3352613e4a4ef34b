package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class TallyApiTest extends ApiTestSupport {

  private Map<String, Object> newEvent() {
    String official = official("0380");
    return createEvent(official, createDialogue(official, "0380").get("id"));
  }

  private Map<String, Object> totals(Object eventId, String token) {
    return call(HttpRequest.GET("/api/events/" + eventId + "/tallies"), token).body();
  }

  @Test
  void dialogueGetsTheDefaultCounters() {
    Map<String, Object> dialogue = createDialogue(official("0380"), "0380");
    assertEquals(
        List.of("conversations", "first_time_voters_reached", "pledged_to_vote"),
        ((List<Map<String, Object>>) dialogue.get("counters"))
            .stream().map(c -> c.get("key")).toList());
  }

  @Test
  void ambassadorBumpsACounterAndCorrectsIt() {
    Map<String, Object> event = newEvent();
    String ambassador = ambassadorOf(event);
    var first =
        postTo(
            event.get("id"),
            "tallies",
            ambassador,
            "t-1",
            Map.of("counter", "first_time_voters_reached", "delta", 3));
    var correction =
        postTo(
            event.get("id"),
            "tallies",
            ambassador,
            "t-2",
            Map.of("counter", "first_time_voters_reached", "delta", -1));

    assertEquals(201, first.code());
    assertEquals(3, first.body().get("total"));
    assertEquals(2, correction.body().get("total"));
    assertEquals(
        Map.of("conversations", 0, "first_time_voters_reached", 2, "pledged_to_vote", 0),
        totals(event.get("id"), ambassador));
  }

  @Test
  void sameIdempotencyKeyAddsOnce() {
    Map<String, Object> event = newEvent();
    String ambassador = ambassadorOf(event);
    Map<String, Object> tap = Map.of("counter", "conversations", "delta", 1);
    postTo(event.get("id"), "tallies", ambassador, "t-same", tap);
    var again = postTo(event.get("id"), "tallies", ambassador, "t-same", tap);

    assertEquals("true", again.header("Idempotent-Replayed"));
    assertEquals(1, totals(event.get("id"), ambassador).get("conversations"));
    fails(
        422,
        () ->
            postTo(
                event.get("id"),
                "tallies",
                ambassador,
                "t-same",
                Map.of("counter", "conversations", "delta", 2)));
  }

  @Test
  void unknownCounterAndDeltaOutOfRangeAreListed() {
    Map<String, Object> event = newEvent();
    String ambassador = ambassadorOf(event);
    Map<String, Object> problem =
        fails(
            400,
            () ->
                postTo(
                    event.get("id"),
                    "tallies",
                    ambassador,
                    "t-bad",
                    Map.of("counter", "glass", "delta", 101)));
    assertEquals(List.of("counter", "delta"), paths(problem));
    fails(
        400,
        () ->
            postTo(
                event.get("id"),
                "tallies",
                ambassador,
                "t-zero",
                Map.of("counter", "conversations", "delta", 0)));
  }

  @Test
  void missingIdempotencyKeyIsABadRequest() {
    Map<String, Object> event = newEvent();
    fails(
        400,
        () ->
            postTo(
                event.get("id"),
                "tallies",
                ambassadorOf(event),
                null,
                Map.of("counter", "conversations", "delta", 1)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void dialogueDefinesItsOwnCountersAndTheSummaryTalliesPerEventAndAmbassador() {
    String official = official("0380");
    Map<String, Object> dialogue =
        call(
                HttpRequest.POST(
                    "/api/dialogues",
                    Map.of(
                        "title",
                        "Valet 2026",
                        "municipality",
                        "0380",
                        "prompts",
                        List.of(Map.of("key", "rosta", "text", "Tänker du rösta?")),
                        "counters",
                        List.of(Map.of("key", "flyers", "label", "Flygblad (flyers)")))),
                official)
            .body();
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    String ambassador = ambassadorOf(event);
    postTo(event.get("id"), "tallies", ambassador, "f-1", Map.of("counter", "flyers", "delta", 7));
    postTo(event.get("id"), "tallies", official, "f-2", Map.of("counter", "flyers", "delta", 2));
    fails(
        400,
        () ->
            postTo(
                event.get("id"),
                "tallies",
                ambassador,
                "f-3",
                Map.of("counter", "conversations", "delta", 1)));

    Map<String, Object> tallies =
        (Map<String, Object>)
            call(HttpRequest.GET("/api/dialogues/" + dialogue.get("id") + "/summary"), official)
                .body()
                .get("tallies");
    assertEquals(
        List.of(
            Map.of(
                "eventId",
                event.get("id"),
                "name",
                event.get("name"),
                "counts",
                Map.of("flyers", 9))),
        tallies.get("perEvent"));
    assertEquals(
        List.of(
            Map.of(
                "ambassador", "ambassador:event-" + event.get("id"), "counts", Map.of("flyers", 7)),
            Map.of("ambassador", "official", "counts", Map.of("flyers", 2))),
        tallies.get("perAmbassador"));
  }

  @Test
  void ambassadorOfAnotherEventCannotTally() {
    Map<String, Object> event = newEvent();
    String stranger = ambassadorOf(newEvent());
    fails(
        403,
        () ->
            postTo(
                event.get("id"),
                "tallies",
                stranger,
                "t-x",
                Map.of("counter", "conversations", "delta", 1)));
    fails(403, () -> totals(event.get("id"), stranger));
  }
}
