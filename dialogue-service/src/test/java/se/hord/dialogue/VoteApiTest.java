package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class VoteApiTest extends ApiTestSupport {

  /** A fresh dialogue (statement "buss"), event and ambassador for each test. */
  private record Setup(Object dialogueId, Object eventId, String ambassador) {}

  private Setup setup() {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    return new Setup(dialogue.get("id"), event.get("id"), ambassadorOf(event));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> busResult(Object dialogueId) {
    Map<String, Object> summary =
        call(HttpRequest.GET("/api/dialogues/" + dialogueId + "/summary"), official("0380")).body();
    return ((List<Map<String, Object>>) summary.get("statements"))
        .stream().filter(s -> "buss".equals(s.get("key"))).findFirst().orElseThrow();
  }

  @Test
  void ambassadorStoresVotesAndTheSummaryCountsThem() {
    Setup s = setup();
    for (int i = 0; i < 6; i++) {
      assertEquals(
          201, vote(s.eventId(), s.ambassador(), "deltagare-" + i, "buss", "agree").code());
    }
    vote(s.eventId(), s.ambassador(), "deltagare-6", "buss", "disagree");

    Map<String, Object> bus = busResult(s.dialogueId());
    assertEquals(7, bus.get("voters"));
    assertEquals(6, bus.get("agree"));
    assertEquals("<5", bus.get("disagree"));
    assertEquals("<5", bus.get("pass"), "hidden too, else 7 - 6 - pass gives disagree away");
    assertEquals(0.857, bus.get("agreeShare"));
  }

  @Test
  void secondVoteOfTheSameParticipantReplacesTheFirst() {
    Setup s = setup();
    for (int i = 0; i < 5; i++) {
      vote(s.eventId(), s.ambassador(), "deltagare-" + i, "buss", "disagree");
    }
    for (int i = 0; i < 5; i++) {
      vote(s.eventId(), s.ambassador(), "deltagare-" + i, "buss", "agree");
    }

    Map<String, Object> bus = busResult(s.dialogueId());
    assertEquals(5, bus.get("voters"), "five people, five votes: never two rows per person");
    assertEquals(5, bus.get("agree"));
    assertEquals("<5", bus.get("disagree"));
  }

  @Test
  void sameIdempotencyKeyIsAnsweredTheSameAndAnotherBodyIsRefused() {
    Setup s = setup();
    Map<String, Object> body =
        Map.of("participant", "deltagare-1", "statement", "buss", "vote", "pass");
    var first = postTo(s.eventId(), "votes", s.ambassador(), "v-1", body);
    var again = postTo(s.eventId(), "votes", s.ambassador(), "v-1", body);

    assertEquals(first.body(), again.body());
    assertEquals("true", again.header("Idempotent-Replayed"));
    Map<String, Object> other = new HashMap<>(body);
    other.put("vote", "agree");
    fails(422, () -> postTo(s.eventId(), "votes", s.ambassador(), "v-1", other));
  }

  @Test
  void unknownStatementBadVoteAndBadParticipantAreListed() {
    Setup s = setup();
    Map<String, Object> problem =
        fails(
            400,
            () ->
                postTo(
                    s.eventId(),
                    "votes",
                    s.ambassador(),
                    null,
                    Map.of("participant", "kort", "statement", "finnsinte", "vote", "kanske")));
    assertEquals(List.of("vote", "participant", "statement"), paths(problem));
  }

  @Test
  void missingFieldsAndMalformedJsonAreBadRequests() {
    Setup s = setup();
    Map<String, Object> problem =
        fails(400, () -> postTo(s.eventId(), "votes", s.ambassador(), null, Map.of()));
    assertEquals(List.of("statement", "vote", "participant"), paths(problem));
    fails(
        400,
        () ->
            call(
                HttpRequest.POST("/api/events/" + s.eventId() + "/votes", "{\"vote\":")
                    .contentType(MediaType.APPLICATION_JSON),
                s.ambassador()));
  }

  @Test
  void pendingStatementCannotBeVotedOn() {
    Setup s = setup();
    String key =
        (String)
            postTo(
                    s.eventId(),
                    "statements",
                    s.ambassador(),
                    null,
                    Map.of(
                        "text",
                        "Fler fritidsgårdar",
                        "participant",
                        "deltagare-1",
                        "consent",
                        true))
                .body()
                .get("key");
    fails(409, () -> vote(s.eventId(), s.ambassador(), "deltagare-2", key, "agree"));
  }

  @Test
  void onlyTheEventsAmbassadorsAndItsOfficialsMayVote() {
    Setup s = setup();
    Setup other = setup();
    fails(403, () -> vote(s.eventId(), other.ambassador(), "deltagare-1", "buss", "agree"));
    fails(403, () -> vote(s.eventId(), official("1880"), "deltagare-1", "buss", "agree"));
    fails(401, () -> vote(s.eventId(), null, "deltagare-1", "buss", "agree"));
    fails(404, () -> vote(99999999, admin(), "deltagare-1", "buss", "agree"));
    assertEquals(201, vote(s.eventId(), official("0380"), "deltagare-1", "buss", "agree").code());
  }
}
