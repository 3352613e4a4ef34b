package se.hord.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the corpus through the public JSON API, waits until analysis has pulled it, then times a
 * full rebuild from the feeds ({@code POST /api/admin/reindex} until the search total is back)
 * against raw in-process Lucene indexing of as many texts.
 */
final class Rebuild {
  private Rebuild() {}

  /** Posts {@code sizes.answers()} answers, four to a response, with many clients. */
  static void load(Context ctx) throws Exception {
    long answers = ctx.sizes().answers();
    long responses = (answers + Surveys.FREE_TEXTS - 1) / Surveys.FREE_TEXTS;
    Corpus corpus = ctx.corpus();
    long start = System.nanoTime();
    Load.Result result =
        Load.closed(
            ctx.sizes().loadClients(),
            responses,
            Duration.ofHours(3),
            (client, n, i) -> {
              long r = i;
              List<String> texts = new ArrayList<>();
              for (long a = r * Surveys.FREE_TEXTS;
                  a < Math.min(answers, (r + 1) * Surveys.FREE_TEXTS);
                  a++) {
                texts.add(corpus.answer(a));
              }
              if (!texts.isEmpty()) {
                ctx.postResponse(Background.of(r), texts);
              }
            });
    double seconds = (System.nanoTime() - start) / 1e9;
    ctx.add(
        Row.of(
                "load: answers posted through the JSON API",
                answers / seconds,
                "answers/s",
                null,
                null,
                null)
            .withNote(
                String.format(
                    "%,d answers in %,d responses, %d clients, %.0f s%s",
                    answers,
                    result.ok(),
                    ctx.sizes().loadClients(),
                    seconds,
                    result.failed() > 0 ? ", " + result.failed() + " failed" : "")));
    long begin = System.nanoTime();
    long total = awaitSettled(ctx, Duration.ofMinutes(30));
    ctx.log(
        "analysis settled at %,d answers (%,d counted as posted) %.1f s after the load ended",
        total, ctx.itemsPosted().get(), (System.nanoTime() - begin) / 1e9);
  }

  /**
   * Waits until the search total reaches what the bench counted as posted, or stops changing for
   * twenty seconds (a reply lost to a timeout, or an SMS that was refused, makes the count
   * inexact); returns the total.
   */
  static long awaitSettled(Context ctx, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    long last = -1;
    long since = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long total = ctx.admin().searchTotal(ctx.analysis(), "");
      if (total >= ctx.itemsPosted().get()) {
        return total;
      }
      if (total != last) {
        last = total;
        since = System.nanoTime();
      } else if (System.nanoTime() - since > Duration.ofSeconds(20).toNanos()) {
        return total;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("analysis did not settle within " + within);
  }

  /** Rebuilds the index from the feeds and compares with raw Lucene. */
  static void run(Context ctx, Path work) throws Exception {
    long expected = awaitSettled(ctx, Duration.ofMinutes(30));
    ctx.admin().postJson(ctx.analysis() + "/api/admin/reindex", new byte[0]).expect(202);
    long nanos = awaitTotal(ctx, expected, Duration.ofMinutes(60), true);
    double rate = expected / (nanos / 1e9);
    double raw = RawLucene.indexPerSecond(ctx.corpus(), expected, work.resolve("raw-lucene"));
    ctx.add(
        Row.of(
                "index rebuild from the feeds",
                rate,
                "answers/s",
                raw,
                "≥ 0.35× raw and ≥ 20k/s",
                rate >= 0.35 * raw && rate >= 20_000)
            .withNote(String.format("%,d answers in %.1f s", expected, nanos / 1e9)));
  }

  /**
   * Polls the admin's search total until it reaches {@code expected}; with {@code mustDip} it first
   * waits to see the total fall (the rebuild's {@code deleteAll} is asynchronous). Returns the
   * nanoseconds taken.
   */
  static long awaitTotal(Context ctx, long expected, Duration within, boolean mustDip)
      throws Exception {
    long start = System.nanoTime();
    long deadline = start + within.toNanos();
    boolean dipped = !mustDip;
    long last = -1;
    while (System.nanoTime() < deadline) {
      last = ctx.admin().searchTotal(ctx.analysis(), "");
      if (last < expected) {
        dipped = true;
      }
      if (dipped && last >= expected) {
        return System.nanoTime() - start;
      }
      if (mustDip && !dipped && System.nanoTime() - start > Duration.ofSeconds(10).toNanos()) {
        throw new IllegalStateException("the rebuild never showed a smaller total");
      }
      Thread.sleep(mustDip ? 10 : 100);
    }
    throw new IllegalStateException(
        "search total " + last + " did not reach " + expected + " within " + within);
  }
}
