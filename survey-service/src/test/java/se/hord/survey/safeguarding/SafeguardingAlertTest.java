package se.hord.survey.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.hord.platform.security.ServiceTokens;
import se.hord.survey.Api;
import se.hord.survey.sms.fake.TestSql;
import se.hord.survey.sms.fake.TwilioServiceTest;
import se.hord.survey.sms.outbound.OutboxSender;

/**
 * Safeguarding alerts: analysis asks with a SERVICE token, each designated official of the
 * municipality with a phone gets one SMS with a link and nothing else, once per flag.
 */
@MicronautTest(transactional = false)
class SafeguardingAlertTest extends TwilioServiceTest {
  @Inject OutboxSender sender;
  @Inject ServiceTokens serviceTokens;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(super.getProperties());
    p.put("hord.links.analysis", "https://analys.example.se/");
    return p;
  }

  @Test
  void theDesignatedOfficialsWithAPhoneGetOneSmsPerFlagWithoutDetails() {
    String municipality = "2" + (100 + (int) (Math.random() * 899));
    String designated = "+46 70-555 01 01";
    String notDesignated = "+46705550102";
    String otherMunicipality = "+46705550103";
    assertEquals(201, user(municipality, true, designated).status());
    assertEquals(201, user(municipality, false, notDesignated).status());
    assertEquals(201, user("0999", true, otherMunicipality).status());
    assertEquals(201, user(municipality, true, null).status());

    long flag = System.nanoTime() % 1_000_000_000L + 1;
    Api.Reply first = alert(Map.of("municipality", municipality, "flagId", flag));
    assertEquals(202, first.status(), first.toString());
    assertEquals(1, ((Number) first.json().get("officials")).intValue());
    assertEquals(1, ((Number) first.json().get("queued")).intValue());
    Api.Reply again = alert(Map.of("municipality", municipality, "flagId", flag));
    assertEquals(202, again.status());
    assertEquals(0, ((Number) again.json().get("queued")).intValue());

    while (sender.tick() > 0) {
      // until nothing is due
    }
    var received = fake.receivedBy("+46705550101");
    assertEquals(1, received.size());
    assertEquals(
        "Det finns en ny flagga att titta på i Hörd: https://analys.example.se/safeguarding",
        received.getFirst().body());
    assertTrue(fake.receivedBy(notDesignated).isEmpty());
    assertTrue(fake.receivedBy(otherMunicipality).isEmpty());
    assertEquals(
        "1",
        TestSql.value("SELECT COUNT(*) FROM sms_outbox WHERE purpose = ?", "safeguarding:" + flag));
  }

  @Test
  void theOfficialsPhoneIsStoredEncryptedAndNeverShown() {
    String phone = "+46705550199";
    Api.Reply created = user("0380", true, phone);
    assertEquals(Boolean.TRUE, created.json().get("phone"));
    assertTrue(created.json().values().stream().noneMatch(v -> String.valueOf(v).contains("555")));
    assertTrue(TestSql.columnsContaining("705550199").isEmpty());
    Api.Reply bad = user("0380", true, "ring mig");
    assertEquals(400, bad.status());
    assertEquals(List.of("phone"), Api.paths(bad));
  }

  @Test
  void onlyAServiceMayAskAndBadInputIsA400() {
    Api.Reply official =
        api()
            .json(
                HttpRequest.POST(
                        "/api/internal/safeguarding-alerts",
                        Map.of("municipality", "0380", "flagId", 1))
                    .bearerAuth(api().admin()));
    assertEquals(403, official.status());
    Api.Reply anonymous =
        api()
            .json(
                HttpRequest.POST(
                    "/api/internal/safeguarding-alerts",
                    Map.of("municipality", "0380", "flagId", 1)));
    assertEquals(401, anonymous.status());
    Api.Reply bad = alert(Map.of("municipality", "Örebro", "flagId", 0));
    assertEquals(400, bad.status());
    assertTrue(bad.contentType().startsWith("application/problem+json"));
    assertEquals(List.of("municipality", "flagId"), Api.paths(bad));
  }

  private Api.Reply alert(Map<String, Object> body) {
    return api()
        .json(
            HttpRequest.POST("/api/internal/safeguarding-alerts", body)
                .bearerAuth(serviceTokens.token("analysis")));
  }

  private Api.Reply user(String municipality, boolean safeguarding, String phone) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", "sg-" + UUID.randomUUID().toString().substring(0, 8));
    body.put("password", Api.PASSWORD);
    body.put("roles", List.of("OFFICIAL"));
    body.put("municipalities", List.of(municipality));
    body.put("safeguarding", safeguarding);
    if (phone != null) {
      body.put("phone", phone);
    }
    return api().json(HttpRequest.POST("/api/users", body).bearerAuth(api().admin()));
  }
}
