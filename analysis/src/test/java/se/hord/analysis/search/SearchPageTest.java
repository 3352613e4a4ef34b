package se.hord.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hord.analysis.Items.item;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.AnalysisTest;
import se.hord.analysis.Tokens;

@MicronautTest
class SearchPageTest extends AnalysisTest {

  @BeforeEach
  void indexAnswers() {
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
                "Skolan är <b>stökig</b>",
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
                "Skolorna i Örebro",
                "2026-03-03T10:00:00Z")),
        "3");
    index.refresh();
  }

  @Test
  void sendsSomeoneNotLoggedInToTheLoginPageAndBack() {
    HttpResponse<String> response =
        client
            .toBlocking()
            .exchange(HttpRequest.GET("/search?q=skola&ageBand=13-15"), String.class);
    assertEquals(HttpStatus.SEE_OTHER, response.getStatus());
    assertEquals(
        "http://127.0.0.1:8081/login?returnTo="
            + "http%3A%2F%2F127.0.0.1%3A8083%2Fsearch%3Fq%3Dskola%26ageBand%3D13-15",
        response.header("Location"));
  }

  @Test
  void showsHighlightedHitsAndFacetsOfTheOfficialsMunicipality() {
    String page = get("/search?q=skola", Tokens.official(tokens, "0380"));
    assertTrue(page.contains("<mark>Skolan</mark> är &lt;b&gt;stökig&lt;&#x2F;b&gt;"), page);
    assertTrue(page.contains("Bussen till <mark>skolorna</mark> är sen"), page);
    assertFalse(page.contains("<b>stökig"), page);
    assertFalse(page.contains("Örebro"), page);
    assertTrue(page.contains("href=\"/search?q=skola&amp;ageBand=16-19\""), page);
    assertTrue(page.contains("Ungas fritid 2026"), page);
  }

  @Test
  void filtersByAFacetLink() {
    String page = get("/search?q=skola&ageBand=16-19", Tokens.official(tokens, "0380"));
    assertTrue(page.contains("skolorna"), page);
    assertFalse(page.contains("stökig"), page);
    assertTrue(page.contains("<input type=\"hidden\" name=\"ageBand\" value=\"16-19\">"), page);
  }

  @Test
  void aBadQueryShowsAFriendlyMessage() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> get("/search?q=%22unclosed", Tokens.official(tokens, "0380")));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    String page = e.getResponse().getBody(String.class).orElseThrow();
    assertTrue(page.contains("Sökfrågan gick inte att förstå"), page);
    assertTrue(page.contains("value=\"&quot;unclosed\""), page);
  }

  @Test
  void refusesSomeoneWhoIsNotAnOfficial() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> get("/search?q=skola", Tokens.ambassador(tokens, "0380")));
    assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    String page = e.getResponse().getBody(String.class).orElseThrow();
    assertTrue(page.contains("Sökningen är till för tjänstepersoner"), page);
  }

  private String get(String path, String token) {
    return client
        .toBlocking()
        .retrieve(HttpRequest.GET(path).cookie(Cookie.of("HORD_TOKEN", token)), String.class);
  }
}
