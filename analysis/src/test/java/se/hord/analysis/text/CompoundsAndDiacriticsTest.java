package se.hord.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.hord.analysis.Items.item;

import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.simple.SimpleHttpParameters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.search.SearchParams;
import se.hord.analysis.search.SearchResult;
import se.hord.analysis.search.SearchService;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** Expected hits for compounds, text without å/ä/ö, emoji and SMS spelling, over a real index. */
class CompoundsAndDiacriticsTest {
  private static final Caller ADMIN = new Caller("admin", Set.of(Roles.ADMIN), Set.of(), null);
  private static final List<String> TEXTS =
      List.of(
          "Skolmaten är äcklig",
          "Busskortet räcker inte hela månaden",
          "Fritidsgårdarna stänger för tidigt",
          "Skolgården är för liten",
          "Matte är tråkigt",
          "Det är bus på rasterna",
          "Min kompass är borta",
          "Det ligger skräp överallt i parken",
          "Man ser skrap överallt på stranden",
          "Jag får inte gå ut",
          "Min far jobbar natt",
          "Vi vill få mer tid",
          "Jag känner mig trygg",
          "❤️ asså typ bästa sommaren",
          "😡 ba trött på allt",
          "Sommarlovet var kort",
          "Skolbusskortet funkar inte");

  private AnswerIndex index;
  private SearchService service;

  @BeforeEach
  void indexTexts() throws IOException {
    index = new AnswerIndex(new ByteBuffersDirectory());
    service = new SearchService(index);
    List<FeedItem> items = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      items.add(item("t" + i, TEXTS.get(i), "2026-03-01T10:00:00Z"));
    }
    index.index("survey", items, "1");
    index.refresh();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mat | Skolmaten är äcklig",
        "skolmaten | Skolmaten är äcklig",
        "buss | Busskortet räcker inte hela månaden; Skolbusskortet funkar inte",
        "kort | Busskortet räcker inte hela månaden; Skolbusskortet funkar inte;"
            + " Sommarlovet var kort",
        "fritidsgård | Fritidsgårdarna stänger för tidigt",
        "fritid | Fritidsgårdarna stänger för tidigt",
        "gård | Fritidsgårdarna stänger för tidigt; Skolgården är för liten",
        "skola | Skolmaten är äcklig; Skolgården är för liten; Skolbusskortet funkar inte",
        "lov | Sommarlovet var kort",
        "\"skolgården är\" | Skolgården är för liten",
        "kompass | Min kompass är borta",
        "❤️ | ❤️ asså typ bästa sommaren",
        "😡 | 😡 ba trött på allt",
        "asså | ❤️ asså typ bästa sommaren",
        "typ | ❤️ asså typ bästa sommaren",
        "ba | 😡 ba trött på allt",
        "kanner | Jag känner mig trygg",
        "\"kanner mig\" | Jag känner mig trygg",
        "fa | Vi vill få mer tid",
      })
  void findsExactlyTheseAnswers(String q, String expected) {
    assertEquals(Set.of(expected.split("; ")), Set.copyOf(texts(search(q))));
  }

  @Test
  void partsDoNotMatchLookAlikes() {
    assertEquals(List.of("Skolmaten är äcklig"), texts(search("mat")));
    assertEquals(List.of("Det är bus på rasterna"), texts(search("bus")));
    assertEquals(List.of("Matte är tråkigt"), texts(search("matte")));
  }

  @Test
  void textWithoutDiacriticsIsAWeakerMatchRankedAfterTheExactOne() {
    assertEquals(
        List.of("Det ligger skräp överallt i parken", "Man ser skrap överallt på stranden"),
        texts(search("skräp")));
    assertEquals(
        List.of("Man ser skrap överallt på stranden", "Det ligger skräp överallt i parken"),
        texts(search("skrap")));
    assertEquals(List.of("Jag får inte gå ut", "Min far jobbar natt"), texts(search("får")));
  }

  @Test
  void highlightsWordsMatchedOnlyWithoutDiacritics() {
    SearchResult result = search("kanner");
    assertEquals("Jag <mark>känner</mark> mig trygg", result.hits().get(0).highlight());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "skolmaten | skol maten",
        "busskortet | buss kortet",
        "fritidsgårdarna | fritid gårdarna",
        "skolgården | skol gården",
        "skolbusskortet | skol buss kortet",
        "idrottshallen | idrott hallen",
        "sommarjobbet | sommar jobbet",
        "matte | ''",
        "kompassen | ''",
        "otrygghet | ''",
        "politiker | ''",
        "kanalen | ''",
        "hemlig | ''"
      })
  void splitsCompoundsOfKnownWords(String word, String parts) {
    List<String> expected = parts.isEmpty() ? List.of() : List.of(parts.split(" "));
    assertEquals(expected, CompoundParts.standard().splitter().split(word));
  }

  private SearchResult search(String q) {
    Map<CharSequence, List<String>> values = new LinkedHashMap<>();
    values.put("q", List.of(q));
    return service.search(
        SearchParams.from(new SimpleHttpParameters(values, ConversionService.SHARED)), ADMIN);
  }

  private static List<String> texts(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::text).toList();
  }
}
