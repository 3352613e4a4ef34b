package se.hord.dialogue.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.hord.dialogue.ApiTestSupport;

/**
 * Phone numbers left at a pop-up and the SMS of "what happened next", while survey-service fails:
 * nothing is lost (numbers and messages wait and are tried again) and the number stays apart from
 * what was said. The hand-over that succeeds runs against the real survey-service in infra/e2e.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmsHandoverApiTest extends ApiTestSupport {
  private static final FailingSurvey SURVEY = FailingSurvey.start();
  private static final String HASH = "ab".repeat(32);

  @Inject PhoneHandoverRepository queue;
  @Inject DialoguePhoneRepository phones;
  @Inject PhoneHandoverJob handover;
  @Inject FeedbackSmsJob feedbackSms;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(super.getProperties());
    p.put("hord.sms.survey-url", SURVEY.url());
    return p;
  }

  @AfterAll
  void stopSurvey() {
    SURVEY.close();
  }

  @Test
  void aNumberIsCheckedAndQueuedOncePerKeyWithoutWhatWasSaid() {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    String ambassador = ambassadorOf(event);
    long dialogueId = ((Number) dialogue.get("id")).longValue();

    Map<String, Object> problem =
        fails(
            400,
            () ->
                postTo(
                    event.get("id"),
                    "phones",
                    ambassador,
                    "k-bad",
                    Map.of("phone", "12 34", "consent", false)));
    assertEquals(List.of("phone", "consent"), paths(problem));
    assertTrue(problem.toString().contains("Skriv ett mobilnummer"), problem.toString());
    fails(
        400,
        () -> postTo(event.get("id"), "phones", ambassador, null, Map.of("phone", "0701234567")));

    for (int i = 0; i < 2; i++) {
      HttpResponse<Map<String, Object>> queued =
          postTo(
              event.get("id"),
              "phones",
              ambassador,
              "k-1-" + dialogueId,
              Map.of("phone", "070-123 45 67", "consent", true));
      assertEquals(202, queued.getStatus().getCode());
      assertEquals("queued", queued.body().get("status"));
    }
    postTo(
        event.get("id"),
        "phones",
        ambassador,
        "k-2-" + dialogueId,
        Map.of("phone", "0045 20 12 34 56", "consent", true));
    List<String> waiting =
        queue.findDue(Instant.now().plusSeconds(3600), 10_000).stream()
            .filter(r -> r.dialogueId() == dialogueId)
            .map(PhoneHandover::phoneNumber)
            .toList();
    assertEquals(List.of("+46701234567", "+4520123456"), waiting);

    Map<String, Object> other = createEvent(official, createDialogue(official, "0380").get("id"));
    fails(
        403,
        () ->
            postTo(
                other.get("id"),
                "phones",
                ambassador,
                "k-3-" + dialogueId,
                Map.of("phone", "0701234567", "consent", true)));
  }

  @Test
  void whileSurveyServiceFailsNumbersAndFeedbackWaitAndAreTriedAgain() {
    String official = official("0380");
    Map<String, Object> dialogue = createDialogue(official, "0380");
    Map<String, Object> event = createEvent(official, dialogue.get("id"));
    long dialogueId = ((Number) dialogue.get("id")).longValue();
    postTo(
        event.get("id"),
        "phones",
        ambassadorOf(event),
        "wait-" + dialogueId,
        Map.of("phone", "+46 70 765 43 21", "consent", true));

    // a message published while a number waits for its hand-over waits for it
    Map<String, Object> first = publish(dialogueId, official);
    assertEquals("pending", sms(first).get("status"));
    assertEquals(0, ((Number) sms(first).get("attempts")).intValue());
    assertTrue(SURVEY.calls("/api/internal/feedback").isEmpty());

    SURVEY.hangUp(false);
    assertEquals(0, handover.tick());
    SURVEY.hangUp(true);
    assertEquals(0, handover.tick()); // not due yet: the first try set a backoff
    PhoneHandover row = waiting(dialogueId);
    assertEquals(1, row.attempts());
    assertTrue(row.nextAttemptAt().isAfter(Instant.now().minusSeconds(1)));
    FailingSurvey.Call contact = SURVEY.calls("/api/internal/contacts").getLast();
    assertTrue(contact.authorization().startsWith("Bearer "), "a SERVICE token");
    assertTrue(contact.body().contains("+46707654321"), contact.body());

    // the number is handed over later: here it stands in as its hash, and the queue row goes
    queue.remove(row.id());
    phones.add(dialogueId, HASH, LocalDate.now());
    Map<String, Object> second = publish(dialogueId, official);
    assertEquals("pending", sms(second).get("status"));
    assertEquals(1, ((Number) sms(second).get("attempts")).intValue());
    long secondId = ((Number) second.get("id")).longValue();
    feedbackSms.send(secondId);
    SURVEY.hangUp(false);
    feedbackSms.send(secondId);
    List<FailingSurvey.Call> sent =
        SURVEY.calls("/api/internal/feedback").stream()
            .filter(c -> c.idempotencyKey().equals("dialogue-feedback-" + secondId))
            .toList();
    assertEquals(3, sent.size(), "tried three times, always with the same key");
    assertTrue(sent.getFirst().body().contains(HASH), sent.getFirst().body());

    List<Map<String, Object>> listed = list("/api/dialogues/" + dialogueId + "/feedback", official);
    Map<String, Object> state = sms(listed.getLast());
    assertEquals("pending", state.get("status"));
    assertEquals(3, ((Number) state.get("attempts")).intValue());
    assertTrue(String.valueOf(state.get("detail")).startsWith("503"), state.toString());
  }

  private PhoneHandover waiting(long dialogueId) {
    return queue.findDue(Instant.now().plusSeconds(3600), 10_000).stream()
        .filter(r -> r.dialogueId() == dialogueId)
        .findFirst()
        .orElseThrow();
  }

  private Map<String, Object> publish(long dialogueId, String official) {
    HttpResponse<Map<String, Object>> sent =
        call(
            io.micronaut.http.HttpRequest.POST(
                "/api/dialogues/" + dialogueId + "/feedback",
                Map.of("message", Map.of("sv", "Parken får lampor."))),
            official);
    assertEquals(201, sent.getStatus().getCode());
    return sent.body();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> sms(Map<String, Object> feedback) {
    return (Map<String, Object>) feedback.get("sms");
  }
}
