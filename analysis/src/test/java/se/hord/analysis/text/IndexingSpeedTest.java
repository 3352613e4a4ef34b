package se.hord.analysis.text;

import static se.hord.analysis.Items.item;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.index.ItemFields;
import se.hord.platform.feed.FeedItem;

/**
 * Prints how fast answers are indexed with and without compound splitting (no assertion: the
 * machine's load decides the numbers; the README records a run). A benchmark, not a unit test:
 * tagged {@code benchmark}, which the module's build leaves out; run it on purpose with {@code
 * ./mvnw -pl analysis test -Dtest=IndexingSpeedTest -Dhord.excludedGroups=none}.
 */
@Tag("benchmark")
class IndexingSpeedTest {
  private static final int ANSWERS = 20_000;
  private static final String[] WORDS =
      "skolmaten busskortet fritidsgården är för dålig bra jag känner mig trygg otrygg på kvällen"
          .concat(
              " sommarlovet idrottshallen lärarna skolgården mobilen kompisarna busshållplatsen")
          .split(" ");

  @Test
  void printsIndexingSpeedWithAndWithoutCompounds() throws IOException {
    List<FeedItem> items = new ArrayList<>(ANSWERS);
    for (int i = 0; i < ANSWERS; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        text.append(WORDS[(i * 7 + w * 13) % WORDS.length]).append(' ');
      }
      items.add(item("s" + i, text.toString(), "2026-03-01T10:00:00Z"));
    }
    run("warm-up", HordAnalyzer.forIndexing(ItemFields.TEXT), items);
    run("without compounds", HordAnalyzer.forIndexingWithoutCompounds(ItemFields.TEXT), items);
    run("with compounds", HordAnalyzer.forIndexing(ItemFields.TEXT), items);
  }

  private static void run(
      String label, org.apache.lucene.analysis.Analyzer analyzer, List<FeedItem> items)
      throws IOException {
    long start = System.nanoTime();
    try (AnswerIndex index = new AnswerIndex(new ByteBuffersDirectory(), analyzer)) {
      index.index("survey", items, "1");
      index.refresh();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "Indexing %s: %d answers in %.2f s = %.0f answers/s%n",
        label, items.size(), seconds, items.size() / seconds);
  }
}
