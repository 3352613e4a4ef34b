package se.hord.survey;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.openqa.selenium.Cookie;
import se.hord.testkit.Browser;

/** Test helper for the officials' pages: a logged-in Chromium, or a page fetched as HTML. */
public final class Pages {
  private Pages() {}

  /** Chromium with the official's login cookie for the service at {@code base}. */
  public static Browser browser(String base, String token) throws Exception {
    Browser browser = Browser.start();
    browser.open(base + "/health");
    browser.driver.manage().addCookie(new Cookie("HORD_TOKEN", token));
    return browser;
  }

  /** The page as the server sends it (no redirects followed), logged in when token is given. */
  public static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      request.header("Cookie", "HORD_TOKEN=" + token);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The every-type fixture in this municipality, published, with a template of its own (one option
   * key made unique) so other tests' surveys never join its comparisons; its id.
   */
  public static long published(Api api, String municipality, String templateTag) {
    String definition =
        Api.withUniqueKeyword(Api.fixture("surveys/every-type.json"))
            .replace("\"0380\"", "\"" + municipality + "\"")
            .replace("\"vill_inte\"", "\"vill_inte_" + templateTag + "\"");
    String admin = api.admin();
    Api.Reply created = api.createSurvey(admin, definition);
    long id = ((Number) created.json().get("id")).longValue();
    api.publish(admin, id);
    return id;
  }

  /** A tag for {@link #published} that no other run uses. */
  public static String newTemplateTag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** Stores one response with these answers; its id. */
  public static long answer(Api api, JsonMapper json, long surveyId, Map<String, Object> answers)
      throws IOException {
    Api.Reply reply =
        api.answer(
            surveyId,
            UUID.randomUUID().toString(),
            json.writeValueAsString(Map.of("answers", answers)));
    if (reply.status() != 201) {
      throw new IllegalStateException("not stored: " + reply + " " + answers);
    }
    return ((Number) reply.json().get("id")).longValue();
  }
}
