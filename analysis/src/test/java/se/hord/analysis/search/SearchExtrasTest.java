package se.hord.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.AnalysisTest;
import se.hord.analysis.Tokens;
import se.hord.platform.feed.FeedItem;

@MicronautTest
class SearchExtrasTest extends AnalysisTest {

  @BeforeEach
  void indexAnswers() {
    index.index(
        "test",
        List.of(
            answer("a1", "0380", "fritid", "Fritid 2026", "Skolan skolan skolan", "2026-02-10"),
            answer(
                "a2", "0380", "skolenk", "Skolenkäten", "Bussen till skolan är sen", "2026-03-10"),
            answer(
                "a3", "0380", "skolenk", "Skolenkäten", "Skolmaten i skolan är kall", "2026-03-12"),
            answer(
                "a4", "1880", "skolenk", "Skolenkäten", "Skolmaten i skolan är god", "2026-03-13"),
            answer("a5", "0380", "fritid", "Fritid 2026", "Jag gillar fotboll", "2026-03-14")),
        "5");
    index.refresh();
  }

  @Test
  void sortsByRelevanceOrNewest() {
    assertEquals(List.of("a1", "a3", "a2"), ids(search("q=skola&sort=relevance")));
    assertEquals(List.of("a3", "a2", "a1"), ids(search("q=skola&sort=newest")));
    assertEquals(HttpStatus.BAD_REQUEST, status("/api/search?q=skola&sort=oldest"));
  }

  @Test
  void countsOriginsWithTheirTitlesAndMonthsAndFiltersByThem() {
    SearchResult result = search("");
    assertEquals(2, result.facets().get("originId").get("skolenk"));
    assertEquals("Skolenkäten", result.labels().get("originId").get("skolenk"));
    assertEquals(3, result.facets().get("month").get("2026-03"));
    assertEquals(1, result.facets().get("month").get("2026-02"));
    assertEquals(List.of("a1"), ids(search("month=2026-02")));
    assertEquals(List.of("a3", "a2"), ids(search("originId=skolenk")));
  }

  @Test
  void findsMoreLikeThisAnswerOnlyAmongWhatTheCallerMaySee() {
    SearchResult like =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/search/similar/a3")
                    .bearerAuth(Tokens.official(tokens, "0380")),
                SearchResult.class);
    List<String> ids = ids(like);
    assertFalse(ids.contains("a3"), ids.toString());
    assertFalse(ids.contains("a4"), "another municipality: " + ids);
    assertTrue(ids.containsAll(List.of("a1", "a2")), ids.toString());
    assertFalse(ids.contains("a5"), ids.toString());
    SearchResult admin =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/api/search/similar/a3").bearerAuth(Tokens.admin(tokens)),
                SearchResult.class);
    assertTrue(ids(admin).contains("a4"));
    assertEquals(HttpStatus.NOT_FOUND, status("/api/search/similar/a4"));
    assertEquals(HttpStatus.NOT_FOUND, status("/api/search/similar/nothing"));
  }

  @Test
  void theSearchPageShowsThemeChipsWithLabelsAndOriginTitles() {
    String html =
        client
            .toBlocking()
            .retrieve(
                HttpRequest.GET("/search?q=skolmaten")
                    .cookie(Cookie.of("HORD_TOKEN", Tokens.official(tokens, "0380"))));
    assertTrue(html.contains("class=\"chip\""), html);
    assertTrue(html.contains(">Skolan</a>"), html);
    assertTrue(html.contains("Skolenkäten"), html);
    assertTrue(html.contains("name=\"sort\""), html);
  }

  private SearchResult search(String query) {
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.GET("/api/search?" + query).bearerAuth(Tokens.official(tokens, "0380")),
            SearchResult.class);
  }

  private HttpStatus status(String uri) {
    return assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(HttpRequest.GET(uri).bearerAuth(Tokens.official(tokens, "0380"))))
        .getStatus();
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  private static FeedItem answer(
      String id, String municipality, String origin, String title, String text, String day) {
    return new FeedItem(
        id,
        "survey",
        municipality,
        origin,
        title,
        "varfor",
        "Vad tycker du?",
        text,
        "sv",
        "13-15",
        "tjej",
        "Centrum",
        "web",
        Instant.parse(day + "T10:00:00Z"),
        null);
  }
}
