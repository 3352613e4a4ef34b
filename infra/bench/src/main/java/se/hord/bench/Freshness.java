package se.hord.bench;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Commit → searchable under load: while background answers arrive at a steady rate, probe answers
 * each carrying a word found nowhere else are posted one at a time; the time from the 201 to the
 * first search that finds the word is the probe's freshness.
 */
final class Freshness {
  private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";
  private static final Duration PROBE_LIMIT = Duration.ofSeconds(10);

  private Freshness() {}

  static void run(Context ctx) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong respondent = new AtomicLong(30_000_000L);
    int rate = ctx.sizes().freshnessLoad();
    CompletableFuture<Load.Result> background =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Load.open(
                    32,
                    rate,
                    Duration.ofMinutes(30),
                    (client, n, i) -> {
                      long r = respondent.getAndIncrement();
                      ctx.postResponse(Background.of(r), List.of(ctx.corpus().answer(r)));
                    },
                    stop::get);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Latencies latencies = new Latencies();
    SplittableRandom random = new SplittableRandom(7);
    int lost = 0;
    String lastWord = null;
    long lastCommitted = 0;
    try {
      Thread.sleep(1000); // let the background load settle first
      for (int p = 0; p < ctx.sizes().freshnessProbes(); p++) {
        String word = word(random);
        ctx.postResponse(
            Background.of(p), List.of("Mätprov " + word + " i bänktestet om fritiden."));
        long committed = System.nanoTime();
        lastWord = word;
        lastCommitted = committed;
        long deadline = committed + PROBE_LIMIT.toNanos();
        while (ctx.admin().searchTotal(ctx.analysis(), word) != 1 && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }
        if (System.nanoTime() >= deadline) {
          lost++; // counted with the limit as its (lower-bound) freshness
        }
        latencies.add(Math.min(System.nanoTime(), deadline) - committed);
        Thread.sleep(100);
      }
    } finally {
      stop.set(true);
    }
    Load.Result load = background.get();
    String check = "";
    if (lost > 0) {
      // A probe the index never finds would be a bug, not slowness: wait for it without load.
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (ctx.admin().searchTotal(ctx.analysis(), lastWord) != 1) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("probe " + lastWord + " never became searchable");
        }
        Thread.sleep(50);
      }
      check =
          String.format(
              "; the last probe was found %.1f s after its commit once the load stopped",
              (System.nanoTime() - lastCommitted) / 1e9);
    }
    ctx.add(Row.of("freshness: commit → searchable, p50", latencies.p50(), "ms", null, null, null));
    ctx.add(
        Row.of(
                "freshness: commit → searchable, p99",
                latencies.p99(),
                "ms",
                null,
                "≤ 1,000 ms",
                latencies.p99() <= 1000)
            .withNote(
                String.format(
                    "%d probes (%d not found within %d s), background %.0f answers/s offered %d/s%s%s",
                    latencies.count(),
                    lost,
                    PROBE_LIMIT.toSeconds(),
                    load.perSecond(),
                    rate,
                    load.failed() > 0 ? ", " + load.failed() + " failed" : "",
                    check)));
  }

  private static String word(SplittableRandom random) {
    StringBuilder w = new StringBuilder("zq");
    for (int i = 0; i < 10; i++) {
      w.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
    }
    return w.toString();
  }
}
