package se.hord.survey.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;

@MicronautTest
class FormLanguageTest extends ServiceTest {
  @Test
  void arabicIsRightToLeftAndEasyReadSwedishHasItsOwnWords() {
    String slug = publishedInFourLanguages();
    String arabic = get("/s/" + slug + "?lang=ar").text();
    assertTrue(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"), arabic.substring(0, 120));
    assertTrue(arabic.contains("أرسل إجاباتك"));
    String easy = get("/s/" + slug + "?lang=sv-lattlast").text();
    assertTrue(easy.contains("<html lang=\"sv-lattlast\">"), easy.substring(0, 120));
    assertTrue(easy.contains("Vi vet inte vem du är."));
    assertTrue(get("/s/" + slug).text().contains("<html lang=\"sv\">"));
  }

  @Test
  void switchingLanguageKeepsTheAnswersAlreadyGivenAndStoresNothing() {
    String slug = publishedInFourLanguages();
    long before = responses(slug);
    String html = get("/s/" + slug).text();
    assertTrue(html.contains("name=\"switchLang\" value=\"ar\""), html);
    Reply switched =
        post(
            slug,
            hidden(html) + "&lang=sv&switchLang=ar&a.alder=16-19&a.onskan=" + enc("En skatepark"));
    assertEquals(200, switched.status());
    String arabic = switched.text();
    assertTrue(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assertTrue(Pattern.compile("value=\"16-19\"[^>]*checked").matcher(arabic).find(), arabic);
    assertTrue(arabic.contains("En skatepark"));
    assertTrue(arabic.contains("name=\"lang\" value=\"ar\""));
    assertEquals(before, responses(slug));

    Reply sent = post(slug, hidden(arabic) + "&lang=ar&a.alder=16-19&a.trygg=4");
    assertEquals(200, sent.status());
    assertTrue(sent.text().contains("شكرًا على إجاباتك!"), sent.text());
  }

  @Test
  void unknownLanguagesAreRefusedInADefinition() {
    String definition =
        Api.withUniqueKeyword(Api.fixture("surveys/every-type.json"))
            .replace("\"languages\":[\"sv\",\"en\"]", "\"languages\":[\"sv\",\"xx\"]");
    Reply reply = api().createSurvey(api().admin(), definition);
    assertEquals(400, reply.status());
    assertEquals(java.util.List.of("languages[1]"), Api.paths(reply));
  }

  private String publishedInFourLanguages() {
    String token = api().admin();
    String definition =
        Api.withUniqueKeyword(Api.fixture("surveys/every-type.json"))
            .replace(
                "\"languages\":[\"sv\",\"en\"]",
                "\"languages\":[\"sv\",\"en\",\"ar\",\"sv-lattlast\"]");
    Reply created = api().createSurvey(token, definition);
    assertEquals(201, created.status(), created.toString());
    long id = ((Number) created.json().get("id")).longValue();
    api().json(HttpRequest.POST("/api/surveys/" + id + "/publish", "").bearerAuth(token));
    return (String) created.json().get("slug");
  }

  /** How many stored free-text answers say "En skatepark" (from the feed). */
  private long responses(String slug) {
    String feed =
        api()
            .text(HttpRequest.GET("/api/feed?after=0&limit=1000").bearerAuth(api().admin()))
            .text();
    return feed.split("En skatepark", -1).length - 1;
  }

  private Reply get(String path) {
    return api().text(HttpRequest.GET(path).accept(MediaType.TEXT_HTML));
  }

  private Reply post(String slug, String body) {
    return api()
        .text(
            HttpRequest.POST("/s/" + slug, body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML));
  }

  private static String hidden(String html) {
    return "submissionId="
        + enc(field(html, "submissionId"))
        + "&formToken="
        + enc(field(html, "formToken"));
  }

  private static String field(String html, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(m.find(), "no " + name + " in the form");
    return m.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
