package se.hord.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.hord.launcher.ApiClient;

/**
 * The two paths of issue 6 that cross services, with the three services as real processes: the
 * barnbokslut in analysis shows what survey-service and dialogue-service fed back, and a
 * safeguarding disclosure in a survey answer becomes, through analysis' flag, an SMS in
 * survey-service's outbox to the designated official, with no quote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BarnbokslutAndAlertTest {
  private Cluster cluster;
  private ApiClient admin;

  @BeforeAll
  void start() throws Exception {
    cluster = Cluster.get();
    String token = ApiClient.login(cluster.survey(), Cluster.ADMIN, Cluster.ADMIN_PASSWORD);
    admin = new ApiClient(cluster.survey(), token);
  }

  @Test
  void theBarnbokslutShowsWhatBothServicesFedBack() throws Exception {
    String word = Words.unique();
    JsonNode survey =
        admin.post("/api/surveys", Fixtures.survey("E2E bokslut " + word, "0380")).expect(201);
    String surveyId = survey.get("id").asText();
    admin.post("/api/surveys/" + surveyId + "/publish", null).expect(200);
    admin
        .post(
            "/api/surveys/" + surveyId + "/feedback",
            Map.of("message", Map.of("sv", "Enkäten ledde till " + word + " i skolan.")))
        .expect(202);
    ApiClient dialogues = admin.at(cluster.dialogue());
    String dialogueId =
        dialogues.post("/api/dialogues", Fixtures.dialogue("0380")).expect(201).get("id").asText();
    dialogues
        .post(
            "/api/dialogues/" + dialogueId + "/feedback",
            Map.of("message", Map.of("sv", "Dialogen ledde till " + word + " i parken.")))
        .expect(201);

    int year = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    JsonNode report =
        admin
            .at(cluster.analysis())
            .get("/api/reports/barnbokslut?municipality=0380&year=" + year)
            .expect(200);
    JsonNode surveyPart = report.get("feedback").get(0);
    JsonNode dialoguePart = report.get("feedback").get(1);
    assertTrue(surveyPart.get("available").asBoolean(), report.toString());
    assertTrue(dialoguePart.get("available").asBoolean(), report.toString());
    assertTrue(
        contains(surveyPart, surveyId, "Enkäten ledde till " + word + " i skolan."),
        surveyPart.toString());
    assertTrue(
        contains(dialoguePart, dialogueId, "Dialogen ledde till " + word + " i parken."),
        dialoguePart.toString());
  }

  @Test
  void aDisclosureTextsTheDesignatedOfficialWithoutTheQuote() throws Exception {
    String municipality = "2926";
    String phone = "+4670" + (1_000_000 + (int) (Math.random() * 8_999_999));
    admin
        .post(
            "/api/users",
            Map.of(
                "username",
                "e2e-sg-" + UUID.randomUUID().toString().substring(0, 8),
                "password",
                "e2e-official-password-1",
                "roles",
                List.of("OFFICIAL"),
                "municipalities",
                List.of(municipality),
                "safeguarding",
                true,
                "phone",
                phone))
        .expect(201);
    JsonNode survey =
        admin
            .post("/api/surveys", Fixtures.survey("E2E skydd " + Words.unique(), municipality))
            .expect(201);
    String surveyId = survey.get("id").asText();
    admin.post("/api/surveys/" + surveyId + "/publish", null).expect(200);
    String quote = "pappa slår mig när han är full";
    new ApiClient(cluster.survey(), null)
        .send(
            "POST",
            "/api/surveys/" + surveyId + "/responses",
            Map.of(
                "answers", Map.of("trygg", 1, "skola", "nej", "varfor", quote), "channel", "web"),
            Map.of("Idempotency-Key", UUID.randomUUID().toString()))
        .expect(201);

    String page = awaitSms(phone, "Det finns en ny flagga att titta på i Hörd");
    assertTrue(page.contains(cluster.analysis() + "/safeguarding"), page);
    assertFalse(page.contains("slår"), "no quote in the SMS: " + page);
    assertFalse(page.contains("pappa"), "no quote in the SMS: " + page);
    assertEquals(
        1,
        page.split("Det finns en ny flagga", -1).length - 1,
        "one SMS for the one flag: " + page);
  }

  private static boolean contains(JsonNode part, String originId, String message) {
    for (JsonNode item : part.get("items")) {
      if (item.get("originId").asText().equals(originId)
          && item.get("message").get("sv").asText().equals(message)
          && !item.get("date").asText().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The /dev/sms simulator's page for this phone once it shows {@code text}. */
  private String awaitSms(String phone, String text) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI uri =
        URI.create(
            cluster.survey()
                + "/dev/sms?phone="
                + URLEncoder.encode(phone, StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + 120_000_000_000L;
    String body = "";
    while (System.nanoTime() < deadline) {
      body =
          http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
              .body();
      if (body.contains(text)) {
        return body;
      }
      Thread.sleep(250);
    }
    fail("no SMS to the official within two minutes: " + body);
    return body;
  }
}
