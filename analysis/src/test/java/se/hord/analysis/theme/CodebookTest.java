package se.hord.analysis.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.hord.analysis.Items.item;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.index.ItemFields;
import se.hord.platform.feed.FeedItem;
import se.hord.testkit.DatabaseTest;

/** The default codebook, as the migration ships it, classifies the example sentences. */
@MicronautTest
class CodebookTest implements DatabaseTest {
  @Inject ThemeService themes;

  @Override
  public String database() {
    return "hord_test_analysis";
  }

  @Test
  void shipsAThemeForEveryPartOfTheDomain() {
    Set<String> keys = themes.list().stream().map(Theme::key).collect(Collectors.toSet());
    assertTrue(keys.size() >= 30, keys.toString());
    for (String key :
        List.of("arena-skola", "kan-paverka", "skydd-vald", "nyanlanda", "trygghet", "hbtq")) {
      assertTrue(keys.contains(key), key);
    }
    themes.list().forEach(t -> assertTrue(!t.label().sv().isBlank() && !t.label().en().isBlank()));
  }

  @Test
  void eachThemeFindsItsExamplesAndNotTheLookAlikes() throws IOException {
    List<String[]> examples = examples();
    List<FeedItem> items = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      items.add(item("e" + i, examples.get(i)[2], "2026-03-01T10:00:00Z"));
    }
    Map<String, CodedTheme> byKey =
        themes.themes().stream().collect(Collectors.toMap(CodedTheme::key, t -> t));
    List<String> wrong = new ArrayList<>();
    try (AnswerIndex index = new AnswerIndex(new ByteBuffersDirectory())) {
      index.index("survey", items, "1");
      index.refresh();
      for (String[] example : examples) {
        Set<String> found = found(index, byKey.get(example[0]));
        boolean hit = found.contains(example[2]);
        if (hit != example[1].equals("hit")) {
          wrong.add(example[0] + " should " + example[1] + ": " + example[2]);
        }
      }
      for (String key : byKey.keySet()) {
        assertTrue(
            examples.stream().anyMatch(e -> e[0].equals(key) && e[1].equals("hit")),
            key + " has no example");
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static Set<String> found(AnswerIndex index, CodedTheme theme) {
    return index.search(
        searcher -> {
          Set<String> texts = new TreeSet<>();
          for (ScoreDoc doc : searcher.search(theme.query(), 1000).scoreDocs) {
            texts.add(searcher.storedFields().document(doc.doc).get(ItemFields.TEXT));
          }
          return texts;
        });
  }

  private static List<String[]> examples() throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                CodebookTest.class.getResourceAsStream("/codebook-examples.tsv"),
                StandardCharsets.UTF_8))) {
      return in.lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(l -> l.split("\t"))
          .toList();
    }
  }
}
