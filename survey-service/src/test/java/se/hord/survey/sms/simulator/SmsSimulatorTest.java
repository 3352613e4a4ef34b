package se.hord.survey.sms.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.fake.TestSql;
import se.hord.survey.sms.outbound.OutboxSender;

/** The /dev/sms page: a person plays the phone in the browser while Twilio is not configured. */
@MicronautTest(transactional = false)
@Property(name = "hord.sms.sender-enabled", value = "false")
@Property(name = "hord.twilio.account-sid", value = "")
@Property(name = "hord.twilio.auth-token", value = "")
class SmsSimulatorTest extends ServiceTest {
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([a-zA-Z]+)\" value=\"([^\"]*)\">");
  private static final String SURVEY =
      """
      {"title":{"sv":"Kort om skolan"},"municipality":"0380","languages":["sv"],
       "smsKeyword":"FRITID",
       "questions":[
         {"key":"trivs","type":"yes_no","required":true,"text":{"sv":"Trivs du i skolan?"}},
         {"key":"battre","type":"free_text","showIf":{"question":"trivs","equals":"no"},
          "text":{"sv":"Vad kan bli bättre?"}}]}""";

  @Inject OutboxSender sender;
  @Inject Contacts contacts;

  @Override
  public String database() {
    return TestSql.DATABASE;
  }

  @Test
  void thePagePlaysAWholeShortConversationAndShowsTheSimulatedTexts() {
    String token = api().admin();
    String definition = Api.withUniqueKeyword(SURVEY);
    long surveyId = ((Number) api().createSurvey(token, definition).json().get("id")).longValue();
    api().json(HttpRequest.POST("/api/surveys/" + surveyId + "/publish", "").bearerAuth(token));
    String keyword = definition.replaceAll("(?s).*\"smsKeyword\":\"([A-Z]+)\".*", "$1");
    String phone = "+46 70 000 " + (1000 + (int) (Math.random() * 8999));

    Reply page = get("/dev/sms");
    assertEquals(200, page.status());
    assertTrue(page.text().contains("Här låtsas du vara en mobil."), page.text());

    page = send(page, phone, keyword.toLowerCase());
    assertEquals(200, page.status(), page.text());
    assertTrue(page.text().contains("Kort om skolan"), page.text());
    assertTrue(page.text().contains("Trivs du i skolan?"), page.text());

    page = send(page, phone, "nej");
    assertTrue(page.text().contains("Vad kan bli bättre?"), page.text());

    page = send(page, phone, "Längre raster <b>nu</b>");
    assertTrue(page.text().contains("116 111"), page.text());
    assertTrue(page.text().contains("Längre raster &lt;b&gt;nu&lt;/b&gt;"), "escaped, kept");
    assertFalse(page.text().contains("<b>nu</b>"));

    page = send(page, phone, "JA");
    assertTrue(page.text().contains("Toppen!"), page.text());
    // The whole conversation stays on the page, in order.
    String text = page.text();
    assertTrue(text.indexOf("Trivs du i skolan?") < text.indexOf("Vad kan bli bättre?"));
    assertTrue(text.indexOf("Vad kan bli bättre?") < text.indexOf("Toppen!"));
    assertEquals(
        "1",
        TestSql.value(
            "SELECT COUNT(*) FROM responses WHERE survey_id = ? AND channel = 'sms'", surveyId));
    assertEquals(List.of(contacts.hash(phone)), contacts.feedbackRecipients(surveyId));

    Reply feedback =
        api()
            .json(
                HttpRequest.POST(
                        "/api/surveys/" + surveyId + "/feedback",
                        Map.of("message", Map.of("sv", "Tack! Rasterna blir längre i vår.")))
                    .bearerAuth(token));
    assertEquals(202, feedback.status(), String.valueOf(feedback.json()));
    sender.tick();
    Reply outgoing = get("/dev/sms?phone=" + phone.replace("+", "%2B").replace(" ", "%20"));
    assertEquals(200, outgoing.status());
    assertTrue(outgoing.text().contains("Tack! Rasterna blir längre i vår."), outgoing.text());
    assertTrue(outgoing.text().contains("simulated"), outgoing.text());
  }

  @Test
  void aPostWithoutTheFormTokenIs403AndTextsNothing() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("phone", "+46700009999");
    form.put("message", "HJÄLP");
    Reply refused = post(form);
    assertEquals(403, refused.status());
    assertTrue(refused.text().contains("Formuläret kunde inte tas emot."), refused.text());
    assertFalse(refused.text().contains("Hörd: enkäter där unga säger sitt"));

    form.put("session", "made-up");
    form.put("token", "made-up");
    assertEquals(403, post(form).status());
  }

  @Test
  void aMissingPhoneNumberIs400WithTheFormKept() {
    Reply page = get("/dev/sms");
    Map<String, String> form = hidden(page);
    form.put("phone", " ");
    form.put("message", "HJÄLP");
    Reply refused = post(form);
    assertEquals(400, refused.status());
    assertTrue(refused.text().contains("Skriv ett telefonnummer"), refused.text());
  }

  private Reply send(Reply page, String phone, String message) {
    Map<String, String> form = hidden(page);
    form.put("phone", phone);
    form.put("message", message);
    return post(form);
  }

  private Reply get(String path) {
    return api().text(HttpRequest.GET(path).accept(MediaType.TEXT_HTML));
  }

  /** Form fields, with the history as one value per line (several "history" fields). */
  private Reply post(Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach((name, value) -> field(body, name, value));
    return api()
        .text(
            HttpRequest.POST("/dev/sms", body.toString())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML));
  }

  private static void field(StringBuilder body, String name, String value) {
    if (name.startsWith("history#")) {
      name = "history";
    }
    if (!body.isEmpty()) {
      body.append('&');
    }
    body.append(name)
        .append('=')
        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The page's hidden fields, the history lines as "history#0", "history#1", …. */
  private static Map<String, String> hidden(Reply page) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = HIDDEN.matcher(page.text());
    int line = 0;
    while (m.find()) {
      String name = m.group(1).equals("history") ? "history#" + line++ : m.group(1);
      fields.put(name, unescape(m.group(2)));
    }
    return fields;
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#10;", "\n")
        .replace("&amp;", "&");
  }
}
