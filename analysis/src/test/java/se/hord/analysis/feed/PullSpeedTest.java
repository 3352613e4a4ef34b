package se.hord.analysis.feed;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.index.ItemFields;
import se.hord.analysis.safeguarding.FlagRepository;
import se.hord.analysis.safeguarding.SafeguardingQueries;
import se.hord.analysis.safeguarding.SafeguardingService;
import se.hord.analysis.text.HordAnalyzer;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.feed.FeedPage;

/**
 * Prints how fast a rebuild runs in-process — the puller with the real scrubber, safeguarding
 * queries and index on disk, fed from memory with a simulated fetch delay per page — beside raw
 * Lucene indexing of the same texts (the bench's baseline), alternated. No assertion: the machine's
 * load decides the numbers. Run on purpose with {@code -Dtest=PullSpeedTest
 * -Dhord.excludedGroups=none} ({@code -Dpull.answers}, {@code -Dpull.fetchMillis}, {@code
 * -Dpull.rounds} to change the sizes, {@code -Dpull.noRaw=true} to leave out the baseline).
 */
@Tag("benchmark")
class PullSpeedTest {
  private static final int ANSWERS = Integer.getInteger("pull.answers", 100_000);
  private static final int FETCH_MILLIS = Integer.getInteger("pull.fetchMillis", 20);
  private static final int ROUNDS = Integer.getInteger("pull.rounds", 3);
  private static final boolean RAW = !Boolean.getBoolean("pull.noRaw");
  private static final Path CORPUS =
      Path.of(
          System.getProperty("pull.corpus", "../../shared/data/sv_absabank_imm_paragraphs.tsv"));

  @TempDir Path dir;

  @Test
  void printsRebuildSpeedBesideRawLucene() throws Exception {
    Answers items = new Answers(texts(CORPUS), ANSWERS);
    SafeguardingQueries queries = new SafeguardingQueries();
    for (int round = 0; round < ROUNDS; round++) {
      double raw = RAW ? raw(items, dir.resolve("raw-" + round)) : Double.NaN;
      double pulled = pulled(items, queries, dir.resolve("pulled-" + round));
      System.out.printf(
          "round %d: raw Lucene %.0f/s, puller %.0f/s (fetch %d ms/page) = %.2fx%n",
          round, raw, pulled, FETCH_MILLIS, pulled / raw);
    }
    queries.close();
  }

  private static double pulled(Answers items, SafeguardingQueries queries, Path path)
      throws Exception {
    FlagRepository flags =
        (FlagRepository)
            Proxy.newProxyInstance(
                FlagRepository.class.getClassLoader(),
                new Class<?>[] {FlagRepository.class},
                (proxy, method, args) -> method.getReturnType() == int.class ? 0 : null);
    MemoryFeed feed = new MemoryFeed(items);
    long start = System.nanoTime();
    try (AnswerIndex index = new AnswerIndex(FSDirectory.open(path))) {
      FeedPuller puller =
          new FeedPuller(index, List.of(feed), new SafeguardingService(queries, flags));
      while (!index.cursor("survey").equals(java.util.Optional.of(feed.end()))) {
        puller.pullAll();
      }
      index.commitIfDirty();
      if (index.count() != items.size()) {
        throw new IllegalStateException(index.count() + " indexed of " + items.size());
      }
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      long onDisk;
      try (var files = Files.walk(path)) {
        onDisk = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
      }
      System.out.printf(
          "%,d answers: heap used after GC %d MiB (max %d MiB), index on disk %d MiB%n",
          items.size(),
          (runtime.totalMemory() - runtime.freeMemory()) >> 20,
          runtime.maxMemory() >> 20,
          onDisk >> 20);
    }
    double rate = items.size() / ((System.nanoTime() - start) / 1e9);
    IOUtils.rm(path);
    return rate;
  }

  private static double raw(Answers items, Path path) throws IOException {
    FieldType folded = new FieldType();
    folded.setTokenized(true);
    folded.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    folded.freeze();
    long start = System.nanoTime();
    IndexWriterConfig config = new IndexWriterConfig(HordAnalyzer.forIndexing(ItemFields.TEXT));
    config.setRAMBufferSizeMB(64);
    try (FSDirectory directory = FSDirectory.open(path);
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < items.size(); i++) {
        FeedItem item = items.get(i);
        Document doc = new Document();
        doc.add(new StringField("id", item.id(), Field.Store.YES));
        doc.add(new TextField("text", item.text(), Field.Store.YES));
        doc.add(new Field("text_folded", item.text(), folded));
        writer.addDocument(doc);
      }
      writer.commit();
    }
    double rate = items.size() / ((System.nanoTime() - start) / 1e9);
    IOUtils.rm(path);
    return rate;
  }

  /** Sentences of 5–40 words, as the bench's corpus cuts them. */
  private static List<String> texts(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    List<String> pieces = new ArrayList<>();
    Pattern end = Pattern.compile("(?<=[.!?])\\s+");
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split("\t", 4);
      if (columns.length == 4) {
        for (String s : end.split(columns[3].replace("\"", ""))) {
          int words = s.strip().split("\\s+").length;
          if (words >= 5 && words <= 40) {
            pieces.add(s.strip());
          }
        }
      }
    }
    return pieces;
  }

  /** Answer-like items made on demand (a million would not fit the heap under test). */
  private record Answers(List<String> pieces, int size) {
    private static final String[] MUNICIPALITIES = {"0180", "1480", "1280", "0380", "0580", "1880"};
    private static final String[] AGES = {"13-15", "16-19", "20-25"};
    private static final String[] GENDERS = {"tjej", "kille", "annat", "vill-inte-svara"};

    FeedItem get(int i) {
      SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
      double roll = random.nextDouble();
      int sentences = roll < 0.70 ? 1 : roll < 0.95 ? 2 : 3;
      StringBuilder text = new StringBuilder(pieces.get(random.nextInt(pieces.size())));
      for (int k = 1; k < sentences; k++) {
        text.append(' ').append(pieces.get(random.nextInt(pieces.size())));
      }
      return new FeedItem(
          "survey:resp-" + i / 4 + ":q" + i % 4,
          "survey",
          MUNICIPALITIES[i % MUNICIPALITIES.length],
          "survey-" + i % 6,
          "Ungas fritid 2026",
          "q" + i % 4,
          "Vad tycker du?",
          text.toString(),
          "sv",
          AGES[i % 3],
          GENDERS[i % 4],
          "Område " + i % 5,
          "web",
          Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i),
          null);
    }
  }

  /** A feed served from memory, each page after a pause like an HTTP round trip. */
  private static final class MemoryFeed implements FeedSource {
    private final Answers items;

    MemoryFeed(Answers items) {
      this.items = items;
    }

    String end() {
      return "m:" + items.size();
    }

    @Override
    public String name() {
      return "survey";
    }

    @Override
    public FeedPage fetch(String after, int limit) {
      try {
        Thread.sleep(FETCH_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      int from = after.isEmpty() ? 0 : Integer.parseInt(after.substring(2));
      int to = Math.min(items.size(), from + limit);
      List<FeedItem> page = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        page.add(items.get(i));
      }
      return new FeedPage(page, "m:" + to);
    }
  }
}
