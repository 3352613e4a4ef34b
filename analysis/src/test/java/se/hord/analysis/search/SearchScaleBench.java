package se.hord.analysis.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.report.ThemeReportService;
import se.hord.analysis.theme.Codebook;
import se.hord.analysis.theme.CodedTheme;
import se.hord.analysis.theme.DefaultCodebook;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/**
 * Prints how long a search (facets, theme facet, highlights) and the theme report take over many
 * answers with the default codebook, in process: the issue 7 rows without HTTP. No assertion: the
 * machine's load decides the numbers. A benchmark, not a unit test: tagged {@code benchmark}; run
 * it on purpose with {@code ./mvnw -pl analysis test -Dtest=SearchScaleBench
 * -Dhord.excludedGroups=none -Dhord.bench.answers=200000}. The index is kept in {@code
 * /tmp/hord-search-bench-N} and reused by the next run.
 */
@Tag("benchmark")
class SearchScaleBench {
  private static final Caller ADMIN =
      new Caller("admin", java.util.Set.of(Roles.ADMIN), java.util.Set.of(), null);
  private static final List<String> QUERY_MIX = QueryMix.read();
  private static final int CLIENTS = 8;

  @Test
  void printsSearchAndReportTimes() throws Exception {
    int answers = Integer.getInteger("hord.bench.answers", 200_000);
    Path dir = Path.of(System.getProperty("hord.bench.dir", "/tmp/hord-search-bench-" + answers));
    try (AnswerIndex index = new AnswerIndex(dir.toString())) {
      fill(index, answers);
      List<CodedTheme> themes = DefaultCodebook.themes();
      Codebook codebook = () -> themes;
      SearchService search = new SearchService(index, codebook);
      System.out.printf(
          "%d answers, %d themes, %d segments%n",
          index.count(), themes.size(), index.search(s -> s.getIndexReader().leaves().size()));
      for (int warm = 0; warm < 2; warm++) {
        QUERY_MIX.forEach(q -> search.search(params(q), ADMIN));
      }
      printThemeParts(index, themes);
      printClosedLoop("search, 1 client", search, 1, 4);
      printClosedLoop("search, " + CLIENTS + " clients", search, CLIENTS, 2);
      ThemeReportService reports = new ThemeReportService(index, codebook);
      printReport(
          "theme report, all municipalities",
          reports,
          new SearchParams("", Map.of(), List.of(), null, null, 1, 20, "newest"));
      printReport(
          "theme report, Stockholm (with quotes)",
          reports,
          new SearchParams(
              "", Map.of("municipality", "0180"), List.of(), null, null, 1, 20, "newest"));
    }
  }

  /**
   * The theme parts of a search alone (the theme facet and the themes of ten hits), the plain way
   * (a query per theme, and per theme and hit) against {@link ThemeMatcher}, alternated, checked
   * equal.
   */
  private static void printThemeParts(AnswerIndex index, List<CodedTheme> themes) {
    ThemeBits bits = new ThemeBits();
    List<Double> plain = new ArrayList<>();
    List<Double> now = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (String q : QUERY_MIX) {
        Query query = TextQuery.parse(q);
        index.search(
            searcher -> {
              FacetsCollectorManager.FacetsResult result =
                  FacetsCollectorManager.search(searcher, query, 10, new FacetsCollectorManager());
              var matches = result.facetsCollector().getMatchingDocs();
              var hits = result.topDocs();
              long start = System.nanoTime();
              Map<String, Integer> a = PlainThemes.count(searcher, query, themes);
              List<List<String>> aOf = PlainThemes.themesOf(searcher, themes, hits);
              long middle = System.nanoTime();
              Map<String, Integer> b = ThemeMatcher.count(bits, matches, themes);
              List<List<String>> bOf =
                  ThemeMatcher.themesOf(searcher, bits, themes, hits.scoreDocs);
              long end = System.nanoTime();
              plain.add((middle - start) / 1e6);
              now.add((end - middle) / 1e6);
              if (!a.equals(b) || !aOf.equals(bOf)) {
                throw new IllegalStateException("themes differ for " + q);
              }
              return null;
            });
      }
    }
    System.out.printf("theme facet + themes of 10 hits, plain: %s%n", summary(plain));
    System.out.printf("theme facet + themes of 10 hits, ThemeMatcher: %s%n", summary(now));
  }

  /** Wall time and this thread's CPU time (the machine is shared: CPU time is steadier). */
  private static void printReport(String label, ThemeReportService reports, SearchParams params) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    reports.report(params, ADMIN);
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long startCpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      reports.report(params, ADMIN);
      wall.add((System.nanoTime() - start) / 1e6);
      cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e6);
    }
    Collections.sort(wall);
    Collections.sort(cpu);
    System.out.printf(
        "%s: median %.0f ms wall, %.0f ms CPU; wall %s%n", label, wall.get(1), cpu.get(1), wall);
  }

  private static void printClosedLoop(String label, SearchService search, int clients, int rounds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<List<Double>>> runs = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        long seed = c;
        runs.add(
            pool.submit(
                () -> {
                  List<String> plan = new ArrayList<>();
                  for (int r = 0; r < rounds; r++) {
                    plan.addAll(QUERY_MIX);
                  }
                  Collections.shuffle(plan, new Random(seed));
                  List<Double> ms = new ArrayList<>();
                  for (String q : plan) {
                    long start = System.nanoTime();
                    search.search(params(q), ADMIN);
                    ms.add((System.nanoTime() - start) / 1e6);
                  }
                  return ms;
                }));
      }
      List<Double> all = new ArrayList<>();
      long start = System.nanoTime();
      for (Future<List<Double>> run : runs) {
        all.addAll(run.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%s: %s, %.0f searches/s%n", label, summary(all), all.size() / seconds);
    } finally {
      pool.shutdown();
    }
  }

  private static SearchParams params(String q) {
    return new SearchParams(q, Map.of(), List.of(), null, null, 1, 10, SearchParams.RELEVANCE);
  }

  private static String summary(List<Double> ms) {
    List<Double> sorted = new ArrayList<>(ms);
    Collections.sort(sorted);
    return String.format(
        "n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms",
        sorted.size(),
        sorted.get(sorted.size() / 2),
        sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)),
        sorted.get(sorted.size() - 1));
  }

  private static void fill(AnswerIndex index, int answers) throws IOException {
    int have = index.count();
    if (have >= answers) {
      return;
    }
    SyntheticAnswers corpus = SyntheticAnswers.load();
    long start = System.nanoTime();
    List<FeedItem> batch = new ArrayList<>();
    for (int i = have; i < answers; i++) {
      batch.add(corpus.answer(i));
      if (batch.size() == 2_000 || i == answers - 1) {
        index.index("bench", batch, Integer.toString(i));
        batch.clear();
      }
    }
    index.commitIfDirty();
    index.refresh();
    System.out.printf(
        "indexed %d answers in %.0f s%n", answers - have, (System.nanoTime() - start) / 1e9);
  }
}
