package se.hord.survey.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.platform.security.ServiceTokens;
import se.hord.survey.Api;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.fake.TwilioServiceTest;
import se.hord.survey.sms.outbound.OutboxSender;

/** Feedback (återkoppling): preview, send by SMS, progress, the survey's page, bad input. */
@MicronautTest(transactional = false)
class FeedbackTest extends TwilioServiceTest {
  private static final String SV =
      "Tack för era svar! Kommunen bygger en ny skatepark i Gottsunda.";
  private static final String EN = "Thank you! The municipality is building a new skatepark.";

  @Inject Contacts contacts;
  @Inject OutboxSender sender;
  @Inject ServiceTokens serviceTokens;

  @Test
  void previewCountsRecipientsWithoutOptedOutOnesAndSendsNothing() {
    long survey = surveyWithPeople("+46731000001", "+46731000002", "+46731000003");
    contacts.optOut(contacts.hash("+46731000003"));
    Api.Reply preview = post(survey, "/feedback/preview", message(SV, null), api().admin());
    assertEquals(200, preview.status(), preview.toString());
    assertEquals(2, number(preview.json(), "recipients"));
    assertEquals(1, number(preview.json(), "segments"));
    assertEquals("GSM-7", preview.json().get("encoding"));
    assertNull(preview.json().get("warning"));
    assertTrue(fake.receivedBy("+46731000001").isEmpty());
  }

  @Test
  void previewWarnsWhenTheMessageTakesMoreThanOneSms() {
    long survey = surveyWithPeople();
    Api.Reply preview =
        post(survey, "/feedback/preview", message(SV + " " + SV + " " + SV, null), api().admin());
    assertEquals(2, number(preview.json(), "segments"));
    assertTrue(((String) preview.json().get("warning")).startsWith("Meddelandet blir 2 sms"));
    Api.Reply emoji = post(survey, "/feedback/preview", message("Tack! 🎉", null), api().admin());
    assertEquals("UCS-2", emoji.json().get("encoding"));
  }

  @Test
  void sendTextsEveryoneWhoWantsToHearBackOnceAndShowsProgress() {
    long survey = surveyWithPeople("+46731000011", "+46731000012");
    Api.Reply sent = post(survey, "/feedback", message(SV, EN), api().admin());
    assertEquals(202, sent.status(), sent.toString());
    assertEquals(2, number(sent.json(), "queued"));
    Map<?, ?> before = progress(survey);
    assertEquals(2L, ((Number) before.get("queued")).longValue());
    assertEquals(false, before.get("done"));

    while (sender.tick() > 0) {
      // until nothing is due
    }
    Map<?, ?> after = progress(survey);
    assertEquals(2L, ((Number) after.get("sent")).longValue(), after.toString());
    assertEquals(true, after.get("done"));
    assertEquals(SV + "\n\n" + EN, fake.receivedBy("+46731000011").getFirst().body());
    assertEquals(1, fake.receivedBy("+46731000012").size());
  }

  @Test
  void theSameIdempotencyKeySendsOnce() {
    long survey = surveyWithPeople("+46731000021");
    String token = api().admin();
    for (int i = 0; i < 2; i++) {
      Api.Reply sent =
          api()
              .json(
                  HttpRequest.POST("/api/surveys/" + survey + "/feedback", message(SV, null))
                      .header("Idempotency-Key", "feedback-once-" + survey)
                      .bearerAuth(token));
      assertEquals(202, sent.status());
    }
    Api.Reply list =
        api().json(HttpRequest.GET("/api/surveys/" + survey + "/feedback").bearerAuth(token));
    assertEquals(1, ((List<?>) list.json().get("items")).size());
  }

  @Test
  void theNewestFeedbackIsShownOnTheSurveysPublicPages() {
    long survey = surveyWithPeople();
    String slug = api().slug(survey);
    Api.Reply before = api().text(HttpRequest.GET("/s/" + slug));
    assertFalse(before.text().contains("Vad hände sen?"));

    post(survey, "/feedback", message("Första beskedet.", null), api().admin());
    post(survey, "/feedback", message(SV, EN), api().admin());
    Api.Reply page = api().text(HttpRequest.GET("/s/" + slug));
    assertTrue(page.text().contains("Vad hände sen?"), page.text());
    assertTrue(page.text().contains(SV));
    assertFalse(page.text().contains("Första beskedet."));
    Api.Reply english = api().text(HttpRequest.GET("/s/" + slug + "?lang=en"));
    assertTrue(english.text().contains("What happened next?"));
    assertTrue(english.text().contains(EN));

    api().json(HttpRequest.POST("/api/surveys/" + survey + "/close", "").bearerAuth(api().admin()));
    Api.Reply closed = api().text(HttpRequest.GET("/s/" + slug));
    assertTrue(closed.text().contains("Vad hände sen?"), closed.text());
  }

  @Test
  void feedbackIsEscapedOnThePage() {
    long survey = surveyWithPeople();
    post(survey, "/feedback", message("<script>alert(1)</script>", null), api().admin());
    String page = api().text(HttpRequest.GET("/s/" + api().slug(survey))).text();
    assertFalse(page.contains("<script>alert(1)</script>"));
    assertTrue(page.contains("&lt;script&gt;"));
  }

  @Test
  void refusesAMessageWithoutSwedishOrWithAnUnknownLanguage() {
    long survey = surveyWithPeople();
    Api.Reply empty = post(survey, "/feedback", Map.of("message", Map.of("en", EN)), api().admin());
    assertEquals(400, empty.status());
    assertEquals(List.of("message.sv"), Api.paths(empty));
    Api.Reply german =
        post(
            survey, "/feedback", Map.of("message", Map.of("sv", SV, "de", "Danke")), api().admin());
    assertEquals(List.of("message.de"), Api.paths(german));
    Api.Reply missing = post(survey, "/feedback/preview", Map.of(), api().admin());
    assertEquals(400, missing.status());
    Api.Reply tooLong = post(survey, "/feedback", message("a".repeat(1601), null), api().admin());
    assertEquals(List.of("message"), Api.paths(tooLong));
  }

  @Test
  void refusesMalformedJsonAndTooLargeBodies() {
    long survey = surveyWithPeople();
    Api.Reply malformed =
        api()
            .json(
                HttpRequest.POST("/api/surveys/" + survey + "/feedback", "{\"message\":")
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .bearerAuth(api().admin()));
    assertEquals(400, malformed.status());
    assertTrue(malformed.contentType().startsWith("application/problem+json"));
    Api.Reply huge =
        api()
            .json(
                HttpRequest.POST(
                        "/api/surveys/" + survey + "/feedback",
                        "{\"message\":{\"sv\":\"" + "a".repeat(1_100_000) + "\"}}")
                    .contentType(MediaType.APPLICATION_JSON_TYPE)
                    .bearerAuth(api().admin()));
    assertEquals(413, huge.status());
  }

  @Test
  void onlyOfficialsOfTheSurveysMunicipalitySeeOrSend() {
    long survey = surveyWithPeople();
    String stranger = api().official("1880");
    assertEquals(404, post(survey, "/feedback", message(SV, null), stranger).status());
    assertEquals(404, post(survey, "/feedback/preview", message(SV, null), stranger).status());
    assertEquals(
        404,
        api()
            .json(HttpRequest.GET("/api/surveys/" + survey + "/feedback").bearerAuth(stranger))
            .status());
    Api.Reply anonymous =
        api().json(HttpRequest.POST("/api/surveys/" + survey + "/feedback", message(SV, null)));
    assertEquals(401, anonymous.status());
    assertEquals(404, post(999_999, "/feedback", message(SV, null), api().admin()).status());
    String own = api().official("0380");
    assertEquals(200, post(survey, "/feedback/preview", message(SV, null), own).status());
  }

  @Test
  void dialogueServiceCanSendADialoguesFeedbackWithAServiceToken() {
    String number = "+46731000031";
    contacts.keepNumber(number, "feedback:dialogue");
    Map<String, Object> body =
        Map.of(
            "dialogueId", "7",
            "message", Map.of("sv", "Tack för att du var med på dialogen!"),
            "phoneHashes", List.of(contacts.hash(number)));
    Api.Reply sent =
        api()
            .json(
                HttpRequest.POST("/api/internal/feedback", body)
                    .bearerAuth(serviceTokens.token("dialogue")));
    assertEquals(202, sent.status(), sent.toString());
    assertEquals(1, number(sent.json(), "queued"));
    while (sender.tick() > 0) {
      // until nothing is due
    }
    assertEquals(1, fake.receivedBy(number).size());

    Api.Reply official =
        api().json(HttpRequest.POST("/api/internal/feedback", body).bearerAuth(api().admin()));
    assertEquals(403, official.status());
    Api.Reply bad =
        api()
            .json(
                HttpRequest.POST(
                        "/api/internal/feedback",
                        Map.of(
                            "dialogueId",
                            "7",
                            "message",
                            Map.of("sv", "Hej"),
                            "phoneHashes",
                            List.of("+46731000031")))
                    .bearerAuth(serviceTokens.token("dialogue")));
    assertEquals(List.of("phoneHashes[0]"), Api.paths(bad));
  }

  private long surveyWithPeople(String... numbers) {
    long survey = api().publishedSurvey();
    for (String number : numbers) {
      contacts.keepNumber(number, "feedback:" + survey);
      contacts.optInToFeedback(contacts.hash(number), survey);
    }
    return survey;
  }

  private Map<?, ?> progress(long survey) {
    Api.Reply list =
        api()
            .json(
                HttpRequest.GET("/api/surveys/" + survey + "/feedback").bearerAuth(api().admin()));
    assertEquals(200, list.status(), list.toString());
    Map<?, ?> item = (Map<?, ?>) ((List<?>) list.json().get("items")).getFirst();
    return (Map<?, ?>) item.get("progress");
  }

  private Api.Reply post(long survey, String path, Object body, String token) {
    return api().json(HttpRequest.POST("/api/surveys/" + survey + path, body).bearerAuth(token));
  }

  private static Map<String, Object> message(String sv, String en) {
    Map<String, String> message = new HashMap<>();
    message.put("sv", sv);
    if (en != null) {
      message.put("en", en);
    }
    return Map.of("message", message);
  }

  private static int number(Map<String, Object> json, String key) {
    return ((Number) json.get(key)).intValue();
  }
}
