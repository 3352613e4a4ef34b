package se.hord.analysis.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hord.analysis.Items.item;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.AnalysisTest;
import se.hord.analysis.Tokens;
import se.hord.analysis.search.SearchResult;
import se.hord.platform.security.PageGuard;
import se.hord.platform.web.Problem;

/** The /themes page over HTTP: reading, the ADMIN's form posts with CSRF, and the live preview. */
@MicronautTest
class ThemePageTest extends AnalysisTest {
  private static final String KEY = "test-sidan";

  @Inject ThemeService themes;
  @Inject PageGuard guard;

  @BeforeEach
  void indexAnswers() {
    index.index(
        "test",
        List.of(
            item("p1", "Mer glass i skolan", "2026-03-01T10:00:00Z"),
            item("p2", "Glassen i kiosken är dyr", "2026-03-02T10:00:00Z"),
            item("p3", "Jag vill ha godis", "2026-03-03T10:00:00Z"),
            item(
                "p4",
                "1880",
                "survey",
                "13-15",
                "tjej",
                "Vivalla",
                "Glass åt alla",
                "2026-03-04T10:00:00Z")),
        "4");
    index.refresh();
  }

  @AfterEach
  void deleteTestTheme() {
    if (themes.list().stream().anyMatch(t -> t.key().equals(KEY))) {
      themes.delete(KEY);
    }
  }

  @Test
  void anOfficialReadsTheCodebookWithoutEditForms() {
    String official = Tokens.official(tokens, "0380");
    String list = get("/themes", official);
    assertTrue(list.contains("href=\"/themes/arena-skola\">Skolan</a>"), list);
    assertFalse(list.contains("action=\"/themes\""), list);
    String theme = get("/themes/arena-skola", official);
    assertTrue(theme.contains("skola OR lärare"), theme);
    assertTrue(theme.contains("data-preview=\"/api/themes/preview\""), theme);
    assertFalse(theme.contains("action=\"/themes/arena-skola\""), theme);
  }

  @Test
  void anAdminCreatesEditsAndDeletesAThemeAndSearchFollowsAtOnce() {
    String admin = Tokens.admin(tokens);
    HttpResponse<?> created = post("/themes", admin, form(KEY, "glass", token("admin")));
    assertEquals(HttpStatus.SEE_OTHER, created.getStatus());
    assertEquals("/themes/" + KEY + "?saved", created.header("Location"));
    assertTrue(get("/themes/" + KEY + "?saved", admin).contains("Sparat."));
    assertEquals(3, searchTotal(admin));

    HttpResponse<?> edited = post("/themes/" + KEY, admin, form(KEY, "godis", token("admin")));
    assertEquals(HttpStatus.SEE_OTHER, edited.getStatus());
    assertEquals(1, searchTotal(admin));

    HttpResponse<?> deleted =
        post("/themes/" + KEY + "/delete", admin, Map.of("csrf", token("admin")));
    assertEquals(HttpStatus.SEE_OTHER, deleted.getStatus());
    assertFalse(themes.list().stream().anyMatch(t -> t.key().equals(KEY)));
  }

  @Test
  void aMalformedQueryShowsTheFormAgainWithTheHint() {
    String admin = Tokens.admin(tokens);
    post("/themes", admin, form(KEY, "glass", token("admin")));
    HttpClientResponseException e =
        failure(() -> post("/themes/" + KEY, admin, form(KEY, "\"glass", token("admin"))));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    String page = e.getResponse().getBody(String.class).orElseThrow();
    assertTrue(page.contains("Sökfrågan gick inte att förstå"), page);
    assertTrue(page.contains("&quot;glass</textarea>"), page);
  }

  @Test
  void postsWithoutTheCsrfTokenOrByAnOfficialAreRefused() {
    String admin = Tokens.admin(tokens);
    assertEquals(
        HttpStatus.FORBIDDEN,
        failure(() -> post("/themes", admin, form(KEY, "glass", ""))).getStatus());
    assertEquals(
        HttpStatus.FORBIDDEN,
        failure(() -> post("/themes", admin, form(KEY, "glass", token("official")))).getStatus());
    String official = Tokens.official(tokens, "0380");
    HttpClientResponseException e =
        failure(() -> post("/themes", official, form(KEY, "glass", token("official"))));
    assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    assertTrue(
        e.getResponse().getBody(String.class).orElseThrow().contains("Bara en administratör"));
    assertFalse(themes.list().stream().anyMatch(t -> t.key().equals(KEY)));
  }

  @Test
  void thePreviewCountsAndShowsAnswersOfTheCallersMunicipalitiesOnly() {
    SearchResult preview =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/themes/preview?q=glass")
                    .cookie(Cookie.of("HORD_TOKEN", Tokens.official(tokens, "0380"))),
                SearchResult.class);
    assertEquals(2, preview.total());
    assertTrue(preview.hits().get(0).highlight().contains("<mark>"), preview.toString());
    assertTrue(preview.hits().stream().noneMatch(h -> h.municipality().equals("1880")));

    HttpClientResponseException e =
        failure(
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.GET("/api/themes/preview?q=%22glass")
                            .bearerAuth(Tokens.official(tokens, "0380")),
                        String.class));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    Problem problem = e.getResponse().getBody(Problem.class).orElseThrow();
    assertTrue(problem.detail().startsWith("Sökfrågan gick inte att förstå"), problem.detail());
  }

  private long searchTotal(String token) {
    return client
        .toBlocking()
        .retrieve(HttpRequest.GET("/api/search?theme=" + KEY).bearerAuth(token), SearchResult.class)
        .total();
  }

  private static Map<String, String> form(String key, String query, String token) {
    Map<String, String> form = new HashMap<>();
    form.put("key", key);
    form.put("labelSv", "Testtema");
    form.put("labelEn", "Test theme");
    form.put("description", "");
    form.put("query", query);
    form.put("csrf", token);
    return form;
  }

  private HttpResponse<?> post(String path, String token, Map<String, String> form) {
    return client
        .toBlocking()
        .exchange(
            HttpRequest.POST(path, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .cookie(Cookie.of("HORD_TOKEN", token)),
            String.class);
  }

  private String get(String path, String token) {
    return client
        .toBlocking()
        .retrieve(HttpRequest.GET(path).cookie(Cookie.of("HORD_TOKEN", token)), String.class);
  }

  private static HttpClientResponseException failure(Runnable call) {
    try {
      call.run();
    } catch (HttpClientResponseException e) {
      return e;
    }
    throw new AssertionError("expected an error status");
  }

  private String token(String user) {
    return guard.csrf(Authentication.build(user));
  }
}
