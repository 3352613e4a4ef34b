package se.hord.survey.sms.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.platform.security.ServiceTokens;
import se.hord.survey.Api;
import se.hord.survey.sms.fake.TwilioServiceTest;
import se.hord.survey.sms.outbound.OutboxSender;

/** dialogue-service hands over a pop-up number, gets its hash, and feedback reaches the phone. */
@MicronautTest(transactional = false)
class InternalContactsTest extends TwilioServiceTest {
  @Inject Contacts contacts;
  @Inject OutboxSender sender;
  @Inject ServiceTokens serviceTokens;

  @Test
  void aHandedOverNumberIsKeptEncryptedAndGetsTheDialoguesFeedback() {
    Api.Reply kept = handOver(Map.of("phone", "+46 73-200 00 01", "dialogueId", "12"));
    assertEquals(200, kept.status(), kept.toString());
    String hash = (String) kept.json().get("phoneHash");
    assertEquals(contacts.hash("+46732000001"), hash);
    assertEquals("+46732000001", contacts.number(hash).orElseThrow());
    assertEquals(200, handOver(Map.of("phone", "+46732000001", "dialogueId", "12")).status());

    Api.Reply sent =
        api()
            .json(
                HttpRequest.POST(
                        "/api/internal/feedback",
                        Map.of(
                            "dialogueId", "12",
                            "message", Map.of("sv", "Parken får nya lampor."),
                            "phoneHashes", List.of(hash)))
                    .bearerAuth(serviceTokens.token("dialogue")));
    assertEquals(202, sent.status(), sent.toString());
    while (sender.tick() > 0) {
      // until nothing is due
    }
    assertEquals("Parken får nya lampor.", fake.receivedBy("+46732000001").getFirst().body());
  }

  @Test
  void aHandedOverNumberIsForgottenAfterStoppLikeAnyOther() {
    String hash =
        (String)
            handOver(Map.of("phone", "+46732000002", "dialogueId", "12")).json().get("phoneHash");
    contacts.optOut(hash);
    contacts.forgetNumber(hash);
    assertFalse(contacts.number(hash).isPresent());
    assertTrue(contacts.isOptedOut(hash));
  }

  @Test
  void badNumbersAndWrongTokensAreRefused() {
    Api.Reply bad = handOver(Map.of("phone", "0701234567", "dialogueId", "bad id!"));
    assertEquals(400, bad.status(), bad.toString());
    assertEquals(List.of("phone", "dialogueId"), Api.paths(bad));
    assertTrue(bad.toString().contains("landsnummer"), bad.toString());
    Map<String, String> good = Map.of("phone", "+46732000003", "dialogueId", "12");
    assertEquals(
        403,
        api()
            .json(HttpRequest.POST("/api/internal/contacts", good).bearerAuth(api().admin()))
            .status());
    assertEquals(401, api().json(HttpRequest.POST("/api/internal/contacts", good)).status());
  }

  private Api.Reply handOver(Map<String, String> body) {
    return api()
        .json(
            HttpRequest.POST("/api/internal/contacts", body)
                .bearerAuth(serviceTokens.token("dialogue")));
  }
}
