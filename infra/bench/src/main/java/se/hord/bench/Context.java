package se.hord.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** What every benchmark shares: the running services, the corpus, sizes and the results. */
record Context(
    BenchCluster cluster,
    Corpus corpus,
    Sizes sizes,
    Http admin,
    Http anonymous,
    Surveys surveys,
    Results results,
    AtomicLong itemsPosted) {

  String survey() {
    return cluster.url("survey-service");
  }

  String analysis() {
    return cluster.url("analysis");
  }

  /** Posts one response of this respondent to their municipality's survey (201 or fails). */
  void postResponse(Background who, List<String> texts) throws IOException, InterruptedException {
    anonymous.postResponse(
        survey(), surveys.idFor(who.municipality()), Surveys.response(who, texts));
    itemsPosted.addAndGet(texts.size());
  }

  void add(Row row) {
    results.add(row);
  }

  void log(String format, Object... args) {
    System.out.println("  · " + String.format(Locale.ROOT, format, args));
  }
}
