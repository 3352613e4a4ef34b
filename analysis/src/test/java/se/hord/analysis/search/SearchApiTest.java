package se.hord.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hord.analysis.Items.item;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.AnalysisTest;
import se.hord.analysis.Tokens;
import se.hord.platform.web.Problem;

@MicronautTest
class SearchApiTest extends AnalysisTest {

  @BeforeEach
  void indexAnswersOfTwoMunicipalities() {
    index.index(
        "test",
        List.of(
            item(
                "u1",
                "0380",
                "survey",
                "13-15",
                "tjej",
                "Centrum",
                "Skolan är stökig",
                "2026-03-01T10:00:00Z"),
            item(
                "u2",
                "0380",
                "sms",
                "16-19",
                "kille",
                "Gottsunda",
                "Bussen till skolorna är sen",
                "2026-03-02T10:00:00Z"),
            item(
                "o1",
                "1880",
                "survey",
                "13-15",
                "tjej",
                "Vivalla",
                "Skolorna i Örebro är bra",
                "2026-03-03T10:00:00Z")),
        "3");
    index.refresh();
  }

  @Test
  void anOfficialFindsOnlyAnswersOfTheirMunicipality() {
    SearchResult result = search(Tokens.official(tokens, "0380"), Map.of("q", "skola"));
    assertEquals(2, result.total());
    assertEquals(
        List.of("u1", "u2"), result.hits().stream().map(SearchResult.Hit::id).sorted().toList());
    assertEquals(Map.of("0380", 2), result.facets().get("municipality"));
  }

  @Test
  void anAdminFindsAnswersOfEveryMunicipality() {
    SearchResult result = search(Tokens.admin(tokens), Map.of("q", "skola"));
    assertEquals(3, result.total());
    assertEquals(Map.of("0380", 2, "1880", 1), result.facets().get("municipality"));
  }

  @Test
  void answersEveryFieldOfAHit() {
    SearchResult result =
        search(Tokens.official(tokens, "0380"), Map.of("q", "buss", "theme", "transport"));
    assertEquals(1, result.page());
    assertEquals(20, result.size());
    SearchResult.Hit hit = result.hits().get(0);
    assertEquals(
        new SearchResult.Hit(
            "u2",
            "Bussen till skolorna är sen",
            "<mark>Bussen</mark> till skolorna är sen",
            List.of("arena-skola", "transport"),
            "sms",
            "0380",
            "survey-1",
            "Ungas fritid 2026",
            "varfor",
            "Vad gör att du känner dig otrygg?",
            "16-19",
            "kille",
            "Gottsunda",
            "sms",
            "2026-03-02T10:00:00Z"),
        hit);
  }

  @Test
  void anOfficialAskingForAnotherMunicipalityIsRefused() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> search(Tokens.official(tokens, "0380"), Map.of("municipality", "1880")));
    assertProblem(e, HttpStatus.FORBIDDEN);
  }

  @Test
  void anonymousCallersAreRefused() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().retrieve(HttpRequest.GET("/api/search?q=skola")));
    assertProblem(e, HttpStatus.UNAUTHORIZED);
  }

  @Test
  void ambassadorsAndBadTokensAreRefused() {
    HttpClientResponseException ambassador =
        assertThrows(
            HttpClientResponseException.class,
            () -> search(Tokens.ambassador(tokens, "0380"), Map.of()));
    assertProblem(ambassador, HttpStatus.FORBIDDEN);
    HttpClientResponseException forged =
        assertThrows(
            HttpClientResponseException.class, () -> search(Tokens.admin(tokens) + "x", Map.of()));
    assertProblem(forged, HttpStatus.UNAUTHORIZED);
  }

  @Test
  void malformedQueriesAreABadRequestWithAHint() {
    for (String q : List.of("\"unclosed", "AND", "(", "skola OR", "*kol")) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () -> search(Tokens.admin(tokens), Map.of("q", q)),
              q);
      Problem problem = assertProblem(e, HttpStatus.BAD_REQUEST);
      assertEquals(TextQuery.HINT, problem.detail(), q);
    }
  }

  @Test
  void badNumbersAndDatesAreABadRequestListingEachProblem() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                search(
                    Tokens.admin(tokens),
                    Map.of("page", "0", "size", "abc", "from", "2026-13-01", "to", "igår")));
    Problem problem = assertProblem(e, HttpStatus.BAD_REQUEST);
    assertEquals(
        List.of("from", "page", "size", "to"),
        problem.errors().stream().map(Problem.Violation::path).sorted().toList());
    HttpClientResponseException tooLarge =
        assertThrows(
            HttpClientResponseException.class,
            () -> search(Tokens.admin(tokens), Map.of("size", "101")));
    assertProblem(tooLarge, HttpStatus.BAD_REQUEST);
  }

  private SearchResult search(String token, Map<String, String> params) {
    UriBuilder uri = UriBuilder.of("/api/search");
    params.forEach(uri::queryParam);
    return client
        .toBlocking()
        .retrieve(HttpRequest.GET(uri.build()).bearerAuth(token), SearchResult.class);
  }

  private static Problem assertProblem(HttpClientResponseException e, HttpStatus status) {
    assertEquals(status, e.getStatus());
    assertEquals(
        Problem.MEDIA_TYPE, e.getResponse().getContentType().map(Object::toString).orElse(""));
    Problem problem = e.getResponse().getBody(Problem.class).orElseThrow();
    assertNotNull(problem.detail());
    assertTrue(!problem.detail().isBlank());
    return problem;
  }
}
