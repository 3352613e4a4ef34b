package se.hord.analysis.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hord.analysis.Items.item;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.AnalysisTest;
import se.hord.analysis.Tokens;
import se.hord.analysis.search.SearchResult;
import se.hord.platform.web.Problem;

/** The codebook over HTTP: who may edit it, validation, and edits changing search at once. */
@MicronautTest
class ThemeApiTest extends AnalysisTest {
  private static final String KEY = "test-glass";

  @BeforeEach
  void indexAnswers() {
    index.index(
        "test",
        List.of(
            item(
                "g1",
                "0380",
                "survey",
                "13-15",
                "tjej",
                "Centrum",
                "Mer glass i skolan",
                "2026-03-01T10:00:00Z"),
            item(
                "g2",
                "0380",
                "survey",
                "13-15",
                "kille",
                "Centrum",
                "Glassen i kiosken är dyr",
                "2026-03-02T10:00:00Z"),
            item(
                "g3",
                "0380",
                "survey",
                "13-15",
                "tjej",
                "Centrum",
                "Jag vill ha godis",
                "2026-03-03T10:00:00Z"),
            item(
                "g4",
                "1880",
                "survey",
                "13-15",
                "tjej",
                "Centrum",
                "Glass åt alla",
                "2026-03-04T10:00:00Z")),
        "4");
    index.refresh();
    put(Tokens.admin(tokens), KEY, theme("glass"));
  }

  @AfterEach
  void deleteTestTheme() {
    try {
      client
          .toBlocking()
          .exchange(HttpRequest.DELETE("/api/themes/" + KEY).bearerAuth(Tokens.admin(tokens)));
    } catch (HttpClientResponseException e) {
      assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }
  }

  @Test
  void officialsReadTheDefaultCodebook() {
    List<Theme> themes =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/themes").bearerAuth(Tokens.official(tokens, "0380")),
                Argument.listOf(Theme.class));
    Theme skola =
        themes.stream().filter(t -> t.key().equals("arena-skola")).findFirst().orElseThrow();
    assertEquals(new Theme.Label("Skolan", "School"), skola.label());
    assertTrue(skola.query().contains("skola"));
  }

  @Test
  void onlyAnAdminEditsTheCodebook() {
    String official = Tokens.official(tokens, "0380");
    assertEquals(
        HttpStatus.FORBIDDEN,
        status(HttpRequest.PUT("/api/themes/" + KEY, theme("godis")).bearerAuth(official)));
    assertEquals(
        HttpStatus.FORBIDDEN,
        status(HttpRequest.DELETE("/api/themes/" + KEY).bearerAuth(official)));
    assertEquals(HttpStatus.UNAUTHORIZED, status(HttpRequest.GET("/api/themes")));
    assertEquals(
        HttpStatus.FORBIDDEN,
        status(HttpRequest.GET("/api/themes").bearerAuth(Tokens.ambassador(tokens, "0380"))));
  }

  @Test
  void aBadThemeIsRefusedWithTheReasons() {
    String admin = Tokens.admin(tokens);
    Problem problem =
        problem(HttpRequest.PUT("/api/themes/" + KEY, theme("\"glass")).bearerAuth(admin));
    assertEquals(400, problem.status());
    assertEquals("query", problem.errors().get(0).path());
    assertTrue(problem.errors().get(0).message().startsWith("Sökfrågan gick inte att förstå."));
    Problem missing =
        problem(HttpRequest.PUT("/api/themes/Bad_Key", Map.of("query", "")).bearerAuth(admin));
    assertEquals(
        List.of("key", "label.sv", "label.en", "query"),
        missing.errors().stream().map(Problem.Violation::path).toList());
    assertEquals(
        HttpStatus.BAD_REQUEST,
        status(HttpRequest.PUT("/api/themes/" + KEY, "{oops").bearerAuth(admin)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(HttpRequest.DELETE("/api/themes/no-such-theme").bearerAuth(admin)));
  }

  @Test
  void searchFiltersCountsAndLabelsByTheme() {
    SearchResult result = search(Tokens.official(tokens, "0380"), "theme=" + KEY);
    assertEquals(List.of("g2", "g1"), ids(result));
    assertEquals(List.of(KEY), result.hits().get(0).themes());
    assertEquals(2, result.facets().get("theme").get(KEY));
    SearchResult all = search(Tokens.official(tokens, "0380"), "q=");
    assertEquals(3, all.total());
    assertEquals(List.of(), all.hits().get(0).themes());
    assertEquals(
        HttpStatus.BAD_REQUEST,
        status(
            HttpRequest.GET("/api/search?theme=no-such-theme").bearerAuth(Tokens.admin(tokens))));
  }

  @Test
  void severalThemesMeanAnyOfThem() {
    put(Tokens.admin(tokens), KEY + "-2", theme("godis"));
    try {
      assertEquals(
          List.of("g3", "g2", "g1"),
          ids(search(Tokens.admin(tokens), "theme=" + KEY + "," + KEY + "-2&municipality=0380")));
      assertEquals(
          List.of("g3", "g2", "g1"),
          ids(
              search(
                  Tokens.admin(tokens),
                  "theme=" + KEY + "&theme=" + KEY + "-2&municipality=0380")));
    } finally {
      client
          .toBlocking()
          .exchange(
              HttpRequest.DELETE("/api/themes/" + KEY + "-2").bearerAuth(Tokens.admin(tokens)));
    }
  }

  @Test
  void editingAThemeChangesSearchAtOnce() {
    String official = Tokens.official(tokens, "0380");
    assertEquals(List.of("g2", "g1"), ids(search(official, "theme=" + KEY)));
    Theme changed = put(Tokens.admin(tokens), KEY, theme("godis OR kiosk"));
    assertEquals("godis OR kiosk", changed.query());
    assertEquals(List.of("g3", "g2"), ids(search(official, "theme=" + KEY)));
    client
        .toBlocking()
        .exchange(HttpRequest.DELETE("/api/themes/" + KEY).bearerAuth(Tokens.admin(tokens)));
    assertEquals(
        HttpStatus.BAD_REQUEST,
        status(HttpRequest.GET("/api/search?theme=" + KEY).bearerAuth(official)));
  }

  @Test
  void officialsPinAnswersIntoAndOutOfATheme() {
    String official = Tokens.official(tokens, "0380");
    pin(official, "g3", "include");
    pin(official, "g1", "exclude");
    assertEquals(List.of("g3", "g2"), ids(search(official, "theme=" + KEY)));
    List<Pin> pins =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/themes/" + KEY + "/pins").bearerAuth(official),
                Argument.listOf(Pin.class));
    assertEquals(List.of(new Pin("g1", "exclude"), new Pin("g3", "include")), pins);
    client
        .toBlocking()
        .exchange(HttpRequest.DELETE("/api/themes/" + KEY + "/pins/g1").bearerAuth(official));
    assertEquals(List.of("g3", "g2", "g1"), ids(search(official, "theme=" + KEY)));
    assertEquals(
        HttpStatus.FORBIDDEN,
        status(
            HttpRequest.POST("/api/themes/" + KEY + "/pins", new Pin("g4", "include"))
                .bearerAuth(official)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.POST("/api/themes/" + KEY + "/pins", new Pin("nope", "include"))
                .bearerAuth(official)));
    assertEquals(
        HttpStatus.BAD_REQUEST,
        status(
            HttpRequest.POST("/api/themes/" + KEY + "/pins", new Pin("g2", "maybe"))
                .bearerAuth(official)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(HttpRequest.DELETE("/api/themes/" + KEY + "/pins/g2").bearerAuth(official)));
  }

  private void pin(String token, String id, String mode) {
    client
        .toBlocking()
        .exchange(
            HttpRequest.POST("/api/themes/" + KEY + "/pins", new Pin(id, mode)).bearerAuth(token));
  }

  private static Theme theme(String query) {
    return new Theme(null, new Theme.Label("Glass", "Ice cream"), query, "Test");
  }

  private Theme put(String token, String key, Theme theme) {
    return client
        .toBlocking()
        .retrieve(HttpRequest.PUT("/api/themes/" + key, theme).bearerAuth(token), Theme.class);
  }

  private SearchResult search(String token, String query) {
    return client
        .toBlocking()
        .retrieve(HttpRequest.GET("/api/search?" + query).bearerAuth(token), SearchResult.class);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  private HttpStatus status(MutableHttpRequest<?> request) {
    return assertThrows(
            HttpClientResponseException.class, () -> client.toBlocking().exchange(request))
        .getStatus();
  }

  private Problem problem(MutableHttpRequest<?> request) {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(request, Argument.of(String.class), Argument.of(Problem.class)));
    return e.getResponse().getBody(Problem.class).orElseThrow();
  }
}
