package se.hord.survey.sms.inbound;

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
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.conversation.Gsm7;
import se.hord.survey.sms.fake.TestSql;

/** A young person answering a survey by SMS, through Twilio's webhook. */
// Not one transaction per test: the test reads what the webhook committed.
@MicronautTest(transactional = false)
class SmsConversationTest extends SmsTestBase {
  @Inject Contacts contacts;
  @Inject ServiceTokens serviceTokens;

  @Test
  void aFullConversationWithSkipLogicAndAHintStoresOneSmsResponseThatReachesTheFeed() {
    String keyword = publishSurvey();
    Phone phone = phone();
    List<String> first = phone.text("  " + keyword.toLowerCase() + " ");
    assertEquals(2, first.size());
    assertTrue(first.get(1).startsWith("Hur gammal är du?\n1 13-15 år\n2 16-19 år"), first.get(1));
    List<String> hint = phone.text("7");
    assertTrue(hint.get(0).startsWith("Det svaret förstod jag inte."), hint.get(0));
    assertTrue(hint.get(1).startsWith("Hur gammal är du?"));
    assertTrue(phone.text("2").get(0).startsWith("Kön"));
    assertTrue(phone.text("tjej").get(0).startsWith("Vilken skola"));
    assertTrue(phone.text("vet inte").get(0).startsWith("Det svaret förstod jag inte."));
    List<String> skipped = phone.text("ingen aning");
    assertEquals("Vi hoppar över den frågan.", skipped.get(0));
    assertTrue(skipped.get(1).startsWith("Jag känner mig trygg i skolan"), skipped.get(1));
    assertTrue(phone.text("2").get(0).startsWith("Vad gör du på fritiden?"));
    assertTrue(phone.text("1,2").get(0).startsWith("Hur många timmar"));
    assertTrue(phone.text("5").get(0).startsWith("Åker du buss"));
    assertTrue(phone.text("Ja").get(0).startsWith("Vad gör att du känner dig otrygg?"));
    assertTrue(phone.text("Det är stökigt i korridoren").get(0).startsWith("Vad önskar du dig?"));
    String thanks = phone.text("hoppa").get(0);
    assertTrue(thanks.contains("116 111"), thanks);
    assertTrue(thanks.contains("Svara JA"), thanks);
    assertTrue(phone.text("ja").get(0).startsWith("Toppen!"));

    assertEquals(List.of(contacts.hash(phone.number)), contacts.feedbackRecipients(surveyId));
    Map<String, Object> feed =
        api()
            .json(
                HttpRequest.GET("/api/feed?after=0&limit=500")
                    .bearerAuth(serviceTokens.token("analysis")))
            .json();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items = (List<Map<String, Object>>) feed.get("items");
    Map<String, Object> item =
        items.stream()
            .filter(i -> String.valueOf(surveyId).equals(i.get("originId")))
            .findFirst()
            .orElseThrow();
    assertEquals("sms", item.get("source"));
    assertEquals("sms", item.get("channel"));
    assertEquals("Det är stökigt i korridoren", item.get("text"));
    assertEquals(
        Map.of(
            "alder",
            "16-19",
            "kon",
            "tjej",
            "trygg",
            2,
            "fritid",
            List.of("idrott", "gard"),
            "timmar",
            5,
            "buss",
            "yes"),
        item.get("closedAnswers"));
  }

  @Test
  void aQuestionHiddenBySkipLogicIsNotAsked() {
    Phone phone = phone();
    phone.text(publishSurvey());
    phone.text("1");
    phone.text("Kille");
    phone.text("Norrskolan");
    phone.text("4");
    phone.text("1 2");
    phone.text("3");
    assertTrue(phone.text("nej").get(0).startsWith("Vad önskar du dig?"));
  }

  @Test
  void everyQuestionOfTheSurveyFitsOneGsm7Segment() {
    Phone phone = phone();
    List<String> all = new java.util.ArrayList<>(phone.text(publishSurvey()));
    for (String answer : List.of("1", "1", "1", "1", "1", "1", "nej", "trist", "glass")) {
      all.addAll(phone.text(answer));
    }
    all.addAll(phone.text("nej"));
    for (String message : all) {
      assertTrue(Gsm7.fits(message), message);
      assertEquals(1, Gsm7.segments(message), message);
    }
  }

  @Test
  void stoppMidwayEndsTheConversationAndSilencesTheNumberUntilStart() {
    String keyword = publishSurvey();
    Phone phone = phone();
    phone.text(keyword);
    phone.text("1");
    assertTrue(phone.text("Stopp").get(0).startsWith("Du får inga fler sms"));
    assertTrue(contacts.isOptedOut(contacts.hash(phone.number)));
    assertEquals(List.of(), phone.text("1"));
    assertEquals(List.of(), phone.text(keyword));
    assertTrue(phone.text("start").get(0).startsWith("Välkommen tillbaka!"));
    assertFalse(contacts.isOptedOut(contacts.hash(phone.number)));
    assertTrue(phone.text(keyword).get(1).startsWith("Hur gammal är du?"));
  }

  @Test
  void englishStopIsAnsweredInEnglish() {
    Phone phone = phone();
    assertTrue(phone.text("STOP").get(0).startsWith("You will get no more texts"));
    assertTrue(phone.text("unstop").get(0).startsWith("Welcome back!"));
  }

  @Test
  void hjalpExplainsWhoRunsItAndHowToStopThenAsksTheQuestionAgain() {
    Phone phone = phone();
    phone.text(publishSurvey());
    List<String> help = phone.text("hjalp");
    assertTrue(help.get(0).contains("kommun 0380"), help.get(0));
    assertTrue(help.get(0).contains("STOPP"), help.get(0));
    assertTrue(help.get(1).startsWith("Hur gammal är du?"));
    assertTrue(phone.text("Hjälp!").get(0).startsWith("Hörd:"));
    assertTrue(phone.text("help").get(0).contains("STOP = no more texts"));
  }

  @Test
  void theKeywordWorksInAnyCaseWithDiacriticsAndStraySpaces() {
    String keyword = publishSurvey();
    String mixed = keyword.substring(0, 3).toLowerCase() + "  " + keyword.substring(3);
    String accented = keyword.replaceFirst("I", "Í").toLowerCase();
    for (String variant : List.of(keyword, keyword.toLowerCase(), " " + accented + "\n", mixed)) {
      if (variant.contains("  ")) {
        continue; // a space inside the word is another word
      }
      List<String> replies = phone().text(variant);
      assertTrue(replies.get(1).startsWith("Hur gammal är du?"), variant + " -> " + replies);
    }
  }

  @Test
  void anUnknownTextIsToldHowToStart() {
    assertTrue(phone().text("hej vad är detta").get(0).contains("kodordet"));
  }

  @Test
  void afterExpiryTheKeywordOffersToGoOnWhereTheyWere() {
    String keyword = publishSurvey();
    Phone phone = phone();
    phone.text(keyword);
    phone.text("1");
    phone.text("2");
    idleForThreeHours(phone);
    assertTrue(phone.text(keyword).get(0).contains("FORTSÄTT"));
    assertTrue(phone.text("fortsatt").get(0).startsWith("Vilken skola"));
  }

  @Test
  void afterExpiryTheyMayStartOver() {
    String keyword = publishSurvey();
    Phone phone = phone();
    phone.text(keyword);
    phone.text("1");
    idleForThreeHours(phone);
    assertTrue(phone.text("hallå?").get(0).contains("BÖRJA OM"));
    assertTrue(phone.text("Börja om").get(0).startsWith("Hur gammal är du?"));
  }

  @Test
  void anotherOpenSurveyCannotTakeTheSameKeyword() {
    String keyword = publishSurvey();
    String token = api().admin();
    String definition =
        se.hord.survey.Api.fixture("surveys/every-type.json")
            .replace("\"FRITID\"", "\"" + keyword.toLowerCase() + "\"");
    long id = ((Number) api().createSurvey(token, definition).json().get("id")).longValue();
    assertEquals(
        409,
        api()
            .json(HttpRequest.POST("/api/surveys/" + id + "/publish", "").bearerAuth(token))
            .status());
  }

  private void idleForThreeHours(Phone phone) {
    TestSql.update(
        "UPDATE sms_conversation SET last_activity_at = last_activity_at - INTERVAL 3 HOUR"
            + " WHERE phone_hash = ?",
        contacts.hash(phone.number));
  }
}
