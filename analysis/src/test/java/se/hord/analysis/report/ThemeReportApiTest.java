package se.hord.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.AnalysisTest;
import se.hord.analysis.Tokens;

@MicronautTest
class ThemeReportApiTest extends AnalysisTest {

  @BeforeEach
  void indexKnownAnswers() {
    index.index("test", ReportData.items(), "1");
    index.refresh();
  }

  @Test
  void theFiguresMatchWhatWasIndexed() {
    Map<String, Object> report = report(Tokens.official(tokens, "0380"), "municipality=0380");
    assertEquals("20", shown(report.get("people")));
    Map<String, Object> school = theme(report, "arena-skola");
    assertEquals("12", shown(school.get("count")));
    assertEquals(60.0, ((Number) school.get("share")).doubleValue());
    // 10 in March, 2 in April: April is small, so March is hidden too (12 − March = April)
    assertEquals(Map.of("2026-03", "•", "2026-04", "<5"), cells(school, "trend"));
    assertEquals("<5", cells(school, "ageBand").get("10-12"));
    assertEquals("8", cells(school, "ageBand").get("13-15"));
    assertEquals("<5", cells(school, "ageBand").get("16-19"));
    assertEquals(Map.of("tjej", "•", "kille", "<5", "annat", "<5"), cells(school, "gender"));
    assertEquals(Map.of("Centrum", "12"), cells(school, "area"));
    // no dialogue answer is about school: 0 is under 5 too, so survey's 12 is hidden
    assertEquals(Map.of("survey", "•", "dialogue", "<5"), cells(school, "source"));
    assertEquals("5", shown(theme(report, "arena-fritid").get("count")));
    Map<String, Object> transport = theme(report, "transport");
    assertEquals("<5", shown(transport.get("count")));
    assertNull(transport.get("share"));
  }

  @Test
  void noBreakdownLetsSubtractionRecoverASuppressedCell() {
    for (String query : List.of("municipality=0380", "", "municipality=0380&from=2026-03-03")) {
      String token = query.isEmpty() ? Tokens.admin(tokens) : Tokens.official(tokens, "0380");
      for (Map<String, Object> theme : themes(report(token, query))) {
        Map<?, ?> count = (Map<?, ?>) theme.get("count");
        if (count.get("value") == null) {
          continue;
        }
        long total = ((Number) count.get("value")).longValue();
        for (String name : List.of("trend", "term", "ageBand", "gender", "area", "source")) {
          Breakdown breakdown = breakdown((Map<?, ?>) theme.get(name));
          assertTrue(
              Attacker.learnsNothing(total, breakdown),
              theme.get("key") + " " + name + " gives away a small cell: " + breakdown);
        }
      }
    }
  }

  @Test
  void quotesAreScrubbedRelevantAndNeverFromASmallGroup() {
    Map<String, Object> report = report(Tokens.official(tokens, "0380"), "municipality=0380");
    List<?> quotes = (List<?>) theme(report, "arena-skola").get("quotes");
    assertTrue(quotes.size() >= 3 && quotes.size() <= 5, "3–5 quotes: " + quotes);
    String all = quotes.toString();
    assertFalse(all.contains("070-123"), all);
    assertTrue(all.toLowerCase().contains("skol"), all);
    assertTrue(((List<?>) theme(report, "transport").get("quotes")).isEmpty());
  }

  @Test
  void characteristicTermsStandOutInTheTheme() {
    Map<String, Object> report = report(Tokens.official(tokens, "0380"), "municipality=0380");
    List<?> terms = (List<?>) theme(report, "arena-skola").get("terms");
    List<Object> names = new ArrayList<>();
    terms.forEach(t -> names.add(((Map<?, ?>) t).get("term")));
    assertTrue(names.contains("skol"), names.toString());
    assertFalse(names.contains("fotboll"), names.toString());
    Map<?, ?> skol = (Map<?, ?>) terms.get(names.indexOf("skol"));
    assertEquals(13, ((Number) skol.get("inTheme")).intValue());
  }

  @Test
  void aReportAcrossMunicipalitiesIsForAdminsAndHasNoQuotes() {
    Map<String, Object> report = report(Tokens.admin(tokens), "");
    assertEquals("18", shown(theme(report, "arena-skola").get("count")));
    assertTrue(((List<?>) theme(report, "arena-skola").get("quotes")).isEmpty());
    assertEquals(
        HttpStatus.FORBIDDEN, status(Tokens.official(tokens, "0380", "1880"), "originId=survey-1"));
  }

  @Test
  void anOfficialOfAnotherMunicipalityIsRefused() {
    assertEquals(
        HttpStatus.FORBIDDEN, status(Tokens.official(tokens, "1880"), "municipality=0380"));
    assertEquals(HttpStatus.UNAUTHORIZED, status(null, "municipality=0380"));
  }

  @Test
  void aPeriodAndOriginNarrowTheReport() {
    Map<String, Object> report =
        report(Tokens.official(tokens, "0380"), "municipality=0380&from=2026-04-01&to=2026-04-30");
    assertEquals("<5", shown(report.get("people")));
    assertEquals(
        "0380",
        report(Tokens.official(tokens, "0380"), "municipality=0380&originId=nothing")
            .get("municipality"));
    assertEquals(
        HttpStatus.BAD_REQUEST,
        status(Tokens.official(tokens, "0380"), "municipality=0380&from=x"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> report(String token, String query) {
    return client
        .toBlocking()
        .retrieve(HttpRequest.GET("/api/reports/themes?" + query).bearerAuth(token), Map.class);
  }

  private HttpStatus status(String token, String query) {
    var request = HttpRequest.GET("/api/reports/themes?" + query);
    if (token != null) {
      request.bearerAuth(token);
    }
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class, () -> client.toBlocking().exchange(request));
    return e.getStatus();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> themes(Map<String, Object> report) {
    return (List<Map<String, Object>>) report.get("themes");
  }

  private static Map<String, Object> theme(Map<String, Object> report, String key) {
    return themes(report).stream().filter(t -> t.get("key").equals(key)).findFirst().orElseThrow();
  }

  private static String shown(Object figure) {
    return (String) ((Map<?, ?>) figure).get("shown");
  }

  private static Map<String, String> cells(Map<String, Object> theme, String name) {
    Map<?, ?> breakdown = (Map<?, ?>) theme.get(name);
    return ((List<?>) breakdown.get("cells"))
        .stream()
            .map(c -> (Map<?, ?>) c)
            .collect(Collectors.toMap(c -> (String) c.get("key"), c -> shown(c.get("count"))));
  }

  private static Breakdown breakdown(Map<?, ?> json) {
    List<Breakdown.Cell> cells = new ArrayList<>();
    if (json.get("cells") != null) {
      for (Object o : (List<?>) json.get("cells")) {
        Map<?, ?> c = (Map<?, ?>) o;
        Map<?, ?> f = (Map<?, ?>) c.get("count");
        Long value = f.get("value") == null ? null : ((Number) f.get("value")).longValue();
        cells.add(
            new Breakdown.Cell((String) c.get("key"), new Figure(value, (String) f.get("shown"))));
      }
    }
    return new Breakdown(Boolean.TRUE.equals(json.get("withheld")), cells);
  }
}
