package se.hord.dialogue.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.platform.security.Roles;
import se.hord.testkit.TestDatabase;

/**
 * The SMS of "what happened next" is an outbox row: published while survey-service fails, the
 * service stops, a new one starts on the same database and sends it with the same Idempotency-Key,
 * so it is neither lost nor doubled.
 */
class FeedbackSmsRestartTest {
  @Test
  void aPendingMessageIsTriedAgainAfterARestartWithTheSameKey() {
    try (FailingSurvey survey = FailingSurvey.start()) {
      Map<String, Object> properties =
          new HashMap<>(
              TestDatabase.datasourceProperties(
                  System.getProperty("hord.test.database", "hord_test_dialogue")));
      properties.put("hord.sms.survey-url", survey.url());
      long feedbackId;
      try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties, "test");
          HttpClient client = HttpClient.create(first.getURL())) {
        String admin =
            first
                .getApplicationContext()
                .getBean(TokenGenerator.class)
                .generateToken(Authentication.build("admin", List.of(Roles.ADMIN), Map.of()), 600)
                .orElseThrow();
        Map<?, ?> dialogue =
            client
                .toBlocking()
                .retrieve(
                    HttpRequest.POST(
                            "/api/dialogues",
                            Map.of(
                                "title", "Omstart",
                                "municipality", "0380",
                                "prompts", List.of(Map.of("key", "q1", "text", "Vad?"))))
                        .bearerAuth(admin),
                    Map.class);
        long dialogueId = ((Number) dialogue.get("id")).longValue();
        first
            .getApplicationContext()
            .getBean(DialoguePhoneRepository.class)
            .add(dialogueId, "cd".repeat(32), LocalDate.now());
        Map<?, ?> sent =
            client
                .toBlocking()
                .retrieve(
                    HttpRequest.POST(
                            "/api/dialogues/" + dialogueId + "/feedback",
                            Map.of("message", Map.of("sv", "Nya lampor i parken.")))
                        .bearerAuth(admin),
                    Map.class);
        feedbackId = ((Number) sent.get("id")).longValue();
        assertEquals("pending", ((Map<?, ?>) sent.get("sms")).get("status"));
      }

      try (ApplicationContext second = ApplicationContext.run(properties, "test")) {
        FeedbackSms after = second.getBean(FeedbackSmsJob.class).send(feedbackId).orElseThrow();
        assertEquals("pending", after.status(), "still waiting while survey-service fails");
        assertEquals(2, after.attempts(), "the first service's try is remembered");
      }
      List<String> keys =
          survey.calls("/api/internal/feedback").stream()
              .map(FailingSurvey.Call::idempotencyKey)
              .filter(k -> k.equals("dialogue-feedback-" + feedbackId))
              .toList();
      assertEquals(2, keys.size(), "one try before the restart, one after, with the same key");
    }
  }
}
