package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest
class StatementModerationApiTest extends ApiTestSupport {
  private String official;

  @BeforeAll
  void anOfficial() {
    official = official("0380");
  }

  private record Setup(Object dialogueId, Object eventId, String ambassador) {}

  private Setup setup() {
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    return new Setup(dialogue.get("id"), event.get("id"), ambassadorOf(event));
  }

  private String propose(Setup s, String text) {
    var answer =
        postTo(
            s.eventId(),
            "statements",
            s.ambassador(),
            null,
            Map.of("text", text, "participant", "deltagare-1", "consent", true));
    assertEquals(201, answer.code());
    assertEquals("pending", answer.body().get("status"));
    assertEquals("participant", answer.body().get("origin"));
    return (String) answer.body().get("key");
  }

  private Map<String, Object> moderate(Setup s, String key, String decision, String token) {
    return call(
            HttpRequest.POST(
                "/api/dialogues/" + s.dialogueId() + "/statements/" + key + "/moderate",
                Map.of("decision", decision)),
            token)
        .body();
  }

  /** Every text on the whole feed, as analysis would read it. */
  @SuppressWarnings("unchecked")
  private List<String> feedTexts() {
    List<String> texts = new ArrayList<>();
    String cursor = "";
    while (true) {
      Map<String, Object> page =
          call(HttpRequest.GET("/api/feed?after=" + cursor + "&limit=1000"), service()).body();
      List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
      if (items.isEmpty()) {
        return texts;
      }
      items.forEach(i -> texts.add(i.get("id") + " " + i.get("source") + " " + i.get("text")));
      cursor = (String) page.get("next");
    }
  }

  @Test
  void participantStatementWaitsForAnOfficial() {
    Setup s = setup();
    String key = propose(s, "Skolgården behöver mer ljus");

    List<Map<String, Object>> pending =
        list("/api/dialogues/" + s.dialogueId() + "/statements?status=pending", official);
    assertEquals(List.of(key), pending.stream().map(p -> p.get("key")).toList());
    assertEquals("Skolgården behöver mer ljus", pending.get(0).get("text"));
    Map<String, Object> dialogue =
        call(HttpRequest.GET("/api/dialogues/" + s.dialogueId()), official).body();
    assertEquals(
        List.of(Map.of("key", "buss", "text", "Bussarna går för sällan")),
        dialogue.get("statements"),
        "only approved statements are offered for voting");
    assertTrue(feedTexts().stream().noneMatch(t -> t.contains("Skolgården behöver mer ljus")));
  }

  @Test
  void approvedStatementCanBeVotedOnAndReachesTheFeedOnce() {
    Setup s = setup();
    String key = propose(s, "Fritidsgården ska ha öppet på söndagar");

    Map<String, Object> approved = moderate(s, key, "approve", official);
    moderate(s, key, "approve", official);

    assertEquals("approved", approved.get("status"));
    assertEquals(201, vote(s.eventId(), s.ambassador(), "deltagare-2", key, "agree").code());
    Object id = approved.get("id");
    List<String> items =
        feedTexts().stream().filter(t -> t.startsWith("dialogue:stmt-" + id + " ")).toList();
    assertEquals(
        List.of("dialogue:stmt-" + id + " dialogue Fritidsgården ska ha öppet på söndagar"), items);
  }

  @Test
  @SuppressWarnings("unchecked")
  void rejectedStatementNeverLeaksIntoSummaryFeedOrDialogue() {
    Setup s = setup();
    String key = propose(s, "HEMLIGT avvisat påstående");
    moderate(s, key, "reject", official);

    fails(409, () -> vote(s.eventId(), s.ambassador(), "deltagare-2", key, "agree"));
    fails(409, () -> moderate(s, key, "approve", official));
    String summary =
        call(HttpRequest.GET("/api/dialogues/" + s.dialogueId() + "/summary"), official)
            .body()
            .toString();
    assertFalse(summary.contains("HEMLIGT"), summary);
    assertFalse(summary.contains(key + ","), summary);
    assertTrue(feedTexts().stream().noneMatch(t -> t.contains("HEMLIGT")));
    String dialogue =
        call(HttpRequest.GET("/api/dialogues/" + s.dialogueId()), official).body().toString();
    assertFalse(dialogue.contains("HEMLIGT"));
    assertEquals(
        List.of(key),
        list("/api/dialogues/" + s.dialogueId() + "/statements?status=rejected", official).stream()
            .map(r -> r.get("key"))
            .toList());
  }

  @Test
  void approvalCannotBeTakenBack() {
    Setup s = setup();
    String key = propose(s, "Gratis busskort för alla unga");
    moderate(s, key, "approve", official);
    fails(409, () -> moderate(s, key, "reject", official));
    fails(409, () -> moderate(s, "buss", "reject", official));
  }

  @Test
  void badDecisionUnknownStatementAndStrangersAreRefused() {
    Setup s = setup();
    String key = propose(s, "Mer konst i tunneln");
    fails(400, () -> moderate(s, key, "kanske", official));
    fails(404, () -> moderate(s, "p-99999999", "approve", official));
    fails(404, () -> moderate(s, key, "approve", official("1880")));
    fails(403, () -> moderate(s, key, "approve", s.ambassador()));
    fails(
        404,
        () ->
            list(
                "/api/dialogues/" + s.dialogueId() + "/statements?status=pending",
                official("1880")));
    fails(
        400,
        () -> list("/api/dialogues/" + s.dialogueId() + "/statements?status=konstig", official));
  }

  @Test
  void emptyOrOverlongStatementIsRefused() {
    Setup s = setup();
    Map<String, Object> problem =
        fails(
            400,
            () ->
                postTo(
                    s.eventId(),
                    "statements",
                    s.ambassador(),
                    null,
                    Map.of("text", "x".repeat(501), "participant", "x")));
    assertEquals(List.of("text", "participant"), paths(problem));
  }

  @Test
  void officialsMayNotUseTheParticipantKeyPrefix() {
    Map<String, Object> problem =
        fails(
            400,
            () ->
                call(
                    HttpRequest.POST(
                        "/api/dialogues",
                        Map.of(
                            "title",
                            "Test",
                            "municipality",
                            "0380",
                            "prompts",
                            List.of(Map.of("key", "a", "text", "A?")),
                            "statements",
                            List.of(Map.of("key", "p-1", "text", "B")))),
                    official));
    assertEquals(List.of("statements[0].key"), paths(problem));
  }
}
