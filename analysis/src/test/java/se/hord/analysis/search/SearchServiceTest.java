package se.hord.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.hord.analysis.Items.item;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.simple.SimpleHttpParameters;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.index.AnswerIndex;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;
import se.hord.platform.web.ProblemException;

class SearchServiceTest {
  private static final Caller ADMIN = new Caller("admin", Set.of(Roles.ADMIN), Set.of(), null);
  private static final Caller UPPSALA =
      new Caller("anna", Set.of(Roles.OFFICIAL), Set.of("0380"), null);

  private AnswerIndex index;
  private SearchService service;

  @BeforeEach
  void indexSomeAnswers() throws IOException {
    index = new AnswerIndex(new ByteBuffersDirectory());
    service = new SearchService(index);
    index.index(
        "survey",
        List.of(
            item(
                "s1",
                "0380",
                "survey",
                "13-15",
                "tjej",
                "Centrum",
                "Skolan är för stökig",
                "2026-03-01T10:00:00Z"),
            item(
                "s2",
                "0380",
                "survey",
                "16-19",
                "kille",
                "Gottsunda",
                "Bussarna går för sällan till skolorna",
                "2026-03-02T10:00:00Z"),
            item(
                "s3",
                "0380",
                "sms",
                "13-15",
                "tjej",
                "Gottsunda",
                "Jag känner mig inte trygg på bussen",
                "2026-03-03T10:00:00Z"),
            item(
                "s4",
                "1880",
                "survey",
                "13-15",
                "kille",
                "Vivalla",
                "Fritidsgården borde ha öppet längre, skolan är ok",
                "2026-03-04T10:00:00Z"),
            item(
                "s5",
                "0380",
                "survey",
                "13-15",
                "annat",
                "Centrum",
                "<script>alert('hej')</script> skolan & maten",
                "2026-03-05T10:00:00Z")),
        "5");
    index.refresh();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  void emptyQueryListsEverythingNewestFirst() {
    SearchResult result = search(ADMIN, Map.of());
    assertEquals(5, result.total());
    assertEquals(List.of("s5", "s4", "s3", "s2", "s1"), ids(result));
  }

  @Test
  void skolaFindsEveryInflection() {
    assertEquals(
        Set.of("s1", "s2", "s4", "s5"), Set.copyOf(ids(search(ADMIN, Map.of("q", "skola")))));
  }

  @Test
  void wordsMustAllMatchUnlessOrSaysOtherwise() {
    assertEquals(List.of("s2"), ids(search(ADMIN, Map.of("q", "skola buss"))));
    assertEquals(
        Set.of("s2", "s3", "s4"),
        Set.copyOf(ids(search(ADMIN, Map.of("q", "buss OR fritidsgård")))));
  }

  @Test
  void phrasesPrefixesAndExclusionsWork() {
    assertEquals(List.of("s3"), ids(search(ADMIN, Map.of("q", "\"inte trygg\""))));
    assertEquals(List.of(), ids(search(ADMIN, Map.of("q", "\"trygg inte\""))));
    assertEquals(
        Set.of("s1", "s2", "s4", "s5"), Set.copyOf(ids(search(ADMIN, Map.of("q", "Skol*")))));
    assertEquals(
        Set.of("s1", "s4", "s5"), Set.copyOf(ids(search(ADMIN, Map.of("q", "skola -buss")))));
    assertEquals(Set.of("s1", "s4", "s5"), Set.copyOf(ids(search(ADMIN, Map.of("q", "-buss")))));
  }

  @Test
  void countsFacetsOverAllMatches() {
    SearchResult result = search(ADMIN, Map.of("q", "skola", "size", "1"));
    assertEquals(1, result.hits().size());
    assertEquals(
        Map.of(
            "theme", Map.of(),
            "source", Map.of("survey", 4),
            "municipality", Map.of("0380", 3, "1880", 1),
            "originId", Map.of("survey-1", 4),
            "month", Map.of("2026-03", 4),
            "ageBand", Map.of("13-15", 3, "16-19", 1),
            "gender", Map.of("kille", 2, "annat", 1, "tjej", 1),
            "area", Map.of("Centrum", 2, "Gottsunda", 1, "Vivalla", 1)),
        result.facets());
    assertEquals(
        List.of("kille", "annat", "tjej"), List.copyOf(result.facets().get("gender").keySet()));
  }

  @Test
  void filtersNarrowHitsAndFacets() {
    SearchResult result =
        search(ADMIN, Map.of("source", "survey", "area", "Centrum", "ageBand", "13-15"));
    assertEquals(List.of("s5", "s1"), ids(result));
    assertEquals(Map.of("survey", 2), result.facets().get("source"));
    assertEquals(List.of("s3"), ids(search(ADMIN, Map.of("gender", "tjej", "source", "sms"))));
    assertEquals(List.of(), ids(search(ADMIN, Map.of("originId", "another-survey"))));
  }

  @Test
  void filtersByDayInclusive() {
    assertEquals(
        List.of("s4", "s3", "s2"),
        ids(search(ADMIN, Map.of("from", "2026-03-02", "to", "2026-03-04"))));
  }

  @Test
  void anOfficialOnlySeesTheirMunicipalities() {
    SearchResult result = search(UPPSALA, Map.of("q", "skola"));
    assertEquals(Set.of("s1", "s2", "s5"), Set.copyOf(ids(result)));
    assertEquals(Map.of("0380", 3), result.facets().get("municipality"));
    ProblemException refused =
        assertThrows(ProblemException.class, () -> search(UPPSALA, Map.of("municipality", "1880")));
    assertEquals(HttpStatus.FORBIDDEN, refused.status());
  }

  @Test
  void highlightsMatchesAndEscapesTheRest() {
    SearchResult result = search(ADMIN, Map.of("q", "skola"));
    SearchResult.Hit hit =
        result.hits().stream().filter(h -> h.id().equals("s5")).findFirst().get();
    assertEquals("<script>alert('hej')</script> skolan & maten", hit.text());
    assertEquals(
        "&lt;script&gt;alert(&#x27;hej&#x27;)&lt;&#x2F;script&gt; <mark>skolan</mark> &amp; maten",
        hit.highlight());
    SearchResult all = search(ADMIN, Map.of("ageBand", "13-15", "gender", "annat"));
    assertEquals(
        "&lt;script&gt;alert(&#x27;hej&#x27;)&lt;&#x2F;script&gt; skolan &amp; maten",
        all.hits().get(0).highlight());
  }

  @Test
  void pagesThroughResults() {
    SearchResult second = search(ADMIN, Map.of("page", "2", "size", "2"));
    assertEquals(5, second.total());
    assertEquals(List.of("s3", "s2"), ids(second));
    assertEquals(List.of(), ids(search(ADMIN, Map.of("page", "4", "size", "2"))));
  }

  @Test
  void malformedQueriesAreRefusedWithAHint() {
    for (String q : List.of("\"unclosed", "AND", "(", "skola)", "*kol", "buss AND")) {
      ProblemException e =
          assertThrows(ProblemException.class, () -> search(ADMIN, Map.of("q", q)), q);
      assertEquals(HttpStatus.BAD_REQUEST, e.status(), q);
      assertEquals(TextQuery.HINT, e.getMessage(), q);
    }
  }

  private SearchResult search(Caller caller, Map<String, String> params) {
    Map<CharSequence, List<String>> values = new LinkedHashMap<>();
    params.forEach((k, v) -> values.put(k, List.of(v)));
    return service.search(
        SearchParams.from(new SimpleHttpParameters(values, ConversionService.SHARED)), caller);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }
}
