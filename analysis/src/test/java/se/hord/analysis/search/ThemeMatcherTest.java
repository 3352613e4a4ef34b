package se.hord.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hord.analysis.Items.item;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.theme.CodedTheme;
import se.hord.analysis.theme.DefaultCodebook;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/**
 * The theme facet and the themes of each hit, from the kept per-segment bits, are exactly what a
 * query per theme finds: over answers indexed in several refreshes (segments, unless merged), after
 * a theme is edited, and after answers are replaced (deleted in their old segment) and the index
 * reopened.
 */
class ThemeMatcherTest {
  private static final Caller ADMIN = new Caller("admin", Set.of(Roles.ADMIN), Set.of(), null);
  private static final List<String> PHRASES =
      List.of(
          "skolan är stökig",
          "lärarna lyssnar inte",
          "bussen går för sällan",
          "jag känner mig inte trygg på kvällen",
          "det är mörkt vid busshållplatsen",
          "fritidsgården borde ha öppet längre",
          "vi vill ha fler sommarjobb",
          "mobbningen på rasterna",
          "jag mår dåligt och har ångest",
          "politikerna borde fråga oss",
          "det finns för mycket skräp i parken",
          "hyran är för dyr för min familj",
          "mamma och pappa jobbar mycket",
          "jag spelar fotboll i en förening",
          "diskriminering och rasism i skolan",
          "min röst räknas inte",
          "integration och gemenskap i området",
          "jag vill bli läkare i framtiden",
          "vi har inte råd med avgiften",
          "fler cykelbanor och bättre belysning",
          "homofobi på nätet och instagram",
          "nyanlända elever behöver mer stöd",
          "gratis aktiviteter på sommarlovet",
          "rösta i skolvalet",
          "vi behöver ett eget rum");

  private AnswerIndex index;
  private final ThemeBits bits = new ThemeBits();
  private final AtomicReference<List<CodedTheme>> themes =
      new AtomicReference<>(DefaultCodebook.themes());
  private SearchService service;

  @BeforeEach
  void indexAnswersInSeveralSegments() throws IOException {
    index = new AnswerIndex(new ByteBuffersDirectory());
    service = new SearchService(index, themes::get, bits);
    for (int batch = 0; batch < 4; batch++) {
      index.index("survey", answers(batch * 150, 150, 0), Integer.toString(batch));
      index.refresh();
    }
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  void themeFacetAndHitThemesAreWhatAQueryPerThemeFinds() {
    assertSameAsPlain();
  }

  @Test
  void anEditedThemeIsCountedWithItsNewQuery() {
    assertSameAsPlain();
    List<CodedTheme> edited = new ArrayList<>();
    for (CodedTheme theme : themes.get()) {
      edited.add(
          theme.key().equals("arena-skola")
              ? new CodedTheme(
                  theme.key(), theme.labelSv(), theme.labelEn(), TextQuery.parseExact("buss*"))
              : theme);
    }
    Map<String, Integer> before = search("").facets().get(SearchService.THEME);
    themes.set(List.copyOf(edited));
    Map<String, Integer> after = search("").facets().get(SearchService.THEME);
    assertFalse(before.get("arena-skola").equals(after.get("arena-skola")), after.toString());
    assertSameAsPlain();
  }

  @Test
  void replacedAnswersAndReopenedSegmentsAreCountedAsTheyAreNow() {
    assertSameAsPlain();
    index.index("survey", answers(0, 300, 99), "again");
    index.refresh();
    assertSameAsPlain();
    index.index("survey", answers(600, 50, 0), "more");
    index.refresh();
    assertSameAsPlain();
  }

  @Test
  void segmentsThatAreClosedLoseTheirBits() {
    assertSameAsPlain();
    assertTrue(bits.segments() > 0);
    index.clear();
    index.index("survey", answers(0, 20, 5), "after-clear");
    index.refresh();
    assertSameAsPlain();
    int leaves = index.search(s -> s.getIndexReader().leaves().size());
    assertEquals(leaves, bits.segments());
  }

  private void assertSameAsPlain() {
    for (String q : List.of("", "skolan", "buss OR trygg", "-skola", "jag", "\"inte trygg\"")) {
      SearchResult result = search(q);
      index.search(
          searcher -> {
            assertEquals(
                PlainThemes.count(searcher, TextQuery.parse(q), themes.get()),
                result.facets().get(SearchService.THEME),
                q);
            assertEquals(
                PlainThemes.themesOf(
                    searcher, themes.get(), result.hits().stream().map(h -> h.id()).toList()),
                result.hits().stream().map(h -> h.themes()).toList(),
                q);
            return null;
          });
    }
  }

  private SearchResult search(String q) {
    return service.search(
        new SearchParams(q, Map.of(), List.of(), null, null, 1, 100, SearchParams.NEWEST), ADMIN);
  }

  /** Answers {@code from}… of one to three phrases each; another {@code seed}, other phrases. */
  private static List<FeedItem> answers(int from, int count, long seed) {
    List<FeedItem> items = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
      StringBuilder text = new StringBuilder(PHRASES.get(random.nextInt(PHRASES.size())));
      for (int k = random.nextInt(3); k > 0; k--) {
        text.append(". ").append(PHRASES.get(random.nextInt(PHRASES.size())));
      }
      items.add(item("a" + i, text.toString(), "2026-03-01T10:00:00Z"));
    }
    return items;
  }
}
