package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.hord.dialogue.vote.Vote;
import se.hord.dialogue.vote.VoteRepository;

/**
 * Consent is stored with contributions, votes and participants' statements, and what was said
 * without it never leaves the service: not on the feed, not in exports, never approved for others
 * to see. It is still counted.
 */
@MicronautTest(transactional = false)
class ConsentApiTest extends ApiTestSupport {
  @Inject VoteRepository votes;

  @Test
  void aContributionWithoutConsentIsKeptButNeverFedOrExported() {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    String ambassador = ambassadorOf(event);
    String secret = "Utan samtycke " + UUID.randomUUID();
    String shared = "Med samtycke " + UUID.randomUUID();
    contribute(
        event.get("id"), ambassador, Map.of("prompt", "trygg", "text", secret, "consent", false));
    contribute(event.get("id"), ambassador, Map.of("prompt", "trygg", "text", shared));

    List<Map<String, Object>> listed =
        list("/api/events/" + event.get("id") + "/contributions", ambassador);
    assertEquals(List.of(false, true), listed.stream().map(c -> c.get("consent")).toList());

    List<String> fed = feedTexts();
    assertTrue(fed.contains(shared));
    assertFalse(fed.contains(secret), "no consent, not on the feed");

    String csv =
        new String(
            client
                .toBlocking()
                .exchange(
                    HttpRequest.GET(
                            "/api/dialogues/" + dialogue.get("id") + "/export?part=contributions")
                        .bearerAuth(official),
                    byte[].class)
                .body(),
            StandardCharsets.UTF_8);
    assertTrue(csv.contains(shared), csv);
    assertFalse(csv.contains(secret), "no consent, not exported: " + csv);
  }

  @Test
  void votesKeepTheirConsent() {
    String official = official("0380");
    Map<String, Object> event = createEvent(official, createDialogue(official, "0380").get("id"));
    String ambassador = ambassadorOf(event);
    long eventId = ((Number) event.get("id")).longValue();
    postTo(
        eventId,
        "votes",
        ambassador,
        null,
        Map.of(
            "participant", "samtycke-ja", "statement", "buss", "vote", "agree", "consent", true));
    vote(eventId, ambassador, "samtycke-nej", "buss", "disagree");
    assertEquals(
        List.of(true),
        votes.findByEventIdAndParticipant(eventId, "samtycke-ja").stream()
            .map(Vote::consent)
            .toList());
    assertEquals(
        List.of(false),
        votes.findByEventIdAndParticipant(eventId, "samtycke-nej").stream()
            .map(Vote::consent)
            .toList());
  }

  @Test
  void aStatementWithoutConsentCanOnlyBeRejected() {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    String text = "Inget samtycke " + UUID.randomUUID();
    Map<String, Object> proposed =
        postTo(
                event.get("id"),
                "statements",
                ambassadorOf(event),
                null,
                Map.of("text", text, "participant", "deltagare-9"))
            .body();
    assertEquals(false, proposed.get("consent"));
    String moderate =
        "/api/dialogues/" + dialogue.get("id") + "/statements/" + proposed.get("key") + "/moderate";
    Map<String, Object> problem =
        fails(409, () -> call(HttpRequest.POST(moderate, Map.of("decision", "approve")), official));
    assertTrue(
        ((String) problem.get("detail")).startsWith("Personen som skrev"), problem.toString());
    assertEquals(
        "rejected",
        call(HttpRequest.POST(moderate, Map.of("decision", "reject")), official)
            .body()
            .get("status"));
    assertFalse(feedTexts().contains(text));
  }

  private List<String> feedTexts() {
    List<String> texts = new ArrayList<>();
    String cursor = "";
    while (true) {
      Map<String, Object> page =
          call(HttpRequest.GET("/api/feed?after=" + cursor + "&limit=1000"), service()).body();
      List<?> items = (List<?>) page.get("items");
      if (items.isEmpty()) {
        return texts;
      }
      items.forEach(i -> texts.add((String) ((Map<?, ?>) i).get("text")));
      cursor = (String) page.get("next");
    }
  }
}
