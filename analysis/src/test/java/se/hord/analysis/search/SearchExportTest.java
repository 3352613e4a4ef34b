package se.hord.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hord.analysis.Items.item;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.AnalysisTest;
import se.hord.analysis.Tokens;
import se.hord.testkit.Rfc4180;

/** The search page's "more like this" links and its export of the whole selection. */
@MicronautTest
class SearchExportTest extends AnalysisTest {

  @BeforeEach
  void indexAnswers() {
    index.index(
        "test",
        List.of(
            item("e1", "Skolan är stökig, ring 070-123 45 67", "2026-03-01T23:30:00Z"),
            item("e2", "=HYPERLINK(\"x\") skolan, typ", "2026-03-02T10:00:00Z"),
            item("e3", "Bussen är sen", "2026-03-03T10:00:00Z"),
            item(
                "e4",
                "1880",
                "survey",
                "13-15",
                "tjej",
                "Vivalla",
                "Skolan i Örebro",
                "2026-03-04T10:00:00Z")),
        "4");
    index.refresh();
  }

  @Test
  void theCsvHoldsEveryScrubbedAnswerOfTheSelectionInTheCallersMunicipalities() {
    HttpResponse<byte[]> response =
        get("/search/export?format=csv&q=skola&sort=newest", Tokens.official(tokens, "0380"));
    assertTrue(response.header("Content-Disposition").contains("svar.csv"));
    String csv = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF"));
    List<List<String>> rows = Rfc4180.parse(csv.substring(1));
    assertEquals(SelectionExport.HEADER, rows.get(0));
    assertEquals(3, rows.size(), rows.toString());
    assertEquals(
        List.of(
            "'=HYPERLINK(\"x\") skolan, typ",
            "survey",
            "0380",
            "Ungas fritid 2026",
            "Vad gör att du känner dig otrygg?",
            "13-15",
            "tjej",
            "Centrum",
            "2026-03-02",
            "arena-skola"),
        rows.get(1));
    assertEquals("Skolan är stökig, ring [telefon]", rows.get(2).get(0));
    assertEquals("2026-03-02", rows.get(2).get(8), "the day in Swedish time, no time of day");
  }

  @Test
  void theXlsxHoldsTheSameRows() throws Exception {
    byte[] xlsx =
        get("/search/export?format=xlsx&q=skola&sort=newest", Tokens.official(tokens, "0380"))
            .body();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
        Stream<Row> rows = workbook.getFirstSheet().openStream()) {
      List<Row> all = rows.toList();
      assertEquals(3, all.size());
      assertEquals("=HYPERLINK(\"x\") skolan, typ", all.get(1).getCellText(0));
      assertEquals("Skolan är stökig, ring [telefon]", all.get(2).getCellText(0));
    }
  }

  @Test
  void aBadExportIsRefusedBeforeAnythingIsWritten() {
    String official = Tokens.official(tokens, "0380");
    assertEquals(
        HttpStatus.FORBIDDEN, status("/search/export?format=csv&municipality=1880", official));
    assertEquals(HttpStatus.BAD_REQUEST, status("/search/export?format=csv&q=%22skola", official));
    assertEquals(HttpStatus.BAD_REQUEST, status("/search/export?format=pdf", official));
    assertEquals(
        HttpStatus.SEE_OTHER,
        client.toBlocking().exchange(HttpRequest.GET("/search/export?format=csv")).getStatus());
  }

  @Test
  void thePageLinksEachAnswerToAnswersLikeItAndOffersTheExport() {
    String official = Tokens.official(tokens, "0380");
    String page = new String(get("/search?q=skola&ageBand=13-15", official).body(), UTF8);
    assertTrue(page.contains("href=\"/search?like=e1\""), page);
    assertTrue(
        page.contains("href=\"/search/export?q=skola&amp;ageBand=13-15&amp;format=csv\""), page);
    String like = new String(get("/search?like=e1", official).body(), UTF8);
    assertTrue(like.contains("Svar som liknar ett svar."), like);
    assertTrue(like.contains("HYPERLINK"), like);
    assertTrue(like.contains(">Skolan</a>"), "theme chips with their labels: " + like);
    assertTrue(like.contains("name=\"q\" value=\"\""), "a new search leaves 'like': " + like);
    assertTrue(!like.contains("name=\"like\""), like);
    assertTrue(!like.contains("Örebro"), like);
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private HttpStatus status(String path, String token) {
    try {
      return get(path, token).getStatus();
    } catch (HttpClientResponseException e) {
      return e.getStatus();
    }
  }

  private HttpResponse<byte[]> get(String path, String token) {
    return client
        .toBlocking()
        .exchange(HttpRequest.GET(path).cookie(Cookie.of("HORD_TOKEN", token)), byte[].class);
  }
}
