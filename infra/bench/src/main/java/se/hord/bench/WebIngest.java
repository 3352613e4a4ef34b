package se.hord.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Web answer ingest: JSON responses at 64 clients against the naive JDBC writer. */
final class WebIngest {
  static final int CLIENTS = 64;
  private static final String GOAL_RATE = "≥ 1.5× baseline";

  private WebIngest() {}

  /** Runs both phases and returns the naive baseline rate (responses/s). */
  static double run(Context ctx) throws Exception {
    Corpus corpus = ctx.corpus();
    AtomicLong respondent = new AtomicLong(10_000_000L);
    Load.Result baseline;
    try (NaiveJdbc naive = new NaiveJdbc(ctx.cluster(), CLIENTS)) {
      baseline =
          Load.closed(
              CLIENTS,
              Long.MAX_VALUE,
              ctx.sizes().ingestPhase(),
              (client, n, i) -> {
                long r = respondent.getAndIncrement();
                byte[] body = Surveys.response(Background.of(r), List.of(corpus.answer(r)));
                naive.store(client, new String(body, StandardCharsets.UTF_8), corpus.answer(r));
              });
    }
    ctx.log("naive JDBC: %.0f/s, p99 %.1f ms", baseline.perSecond(), baseline.latencies().p99());
    Load.Task post =
        (client, n, i) -> {
          long r = respondent.getAndIncrement();
          Background who = Background.of(r);
          ctx.postResponse(who, List.of(corpus.answer(r)));
        };
    Load.closed(CLIENTS, Long.MAX_VALUE, ctx.sizes().warmup(), post);
    Load.Result closed = Load.closed(CLIENTS, Long.MAX_VALUE, ctx.sizes().ingestPhase(), post);
    double goalRate = 1.5 * baseline.perSecond();
    Load.Result open = Load.open(CLIENTS, goalRate, ctx.sizes().ingestPhase(), post);
    double ratio = closed.perSecond() / baseline.perSecond();
    ctx.add(
        Row.of(
                "web ingest: responses/s, 64 clients",
                closed.perSecond(),
                "resp/s",
                baseline.perSecond(),
                GOAL_RATE,
                ratio >= 1.5)
            .withNote(failures(closed)));
    ctx.add(
        Row.of(
            "web ingest: p50, 64 clients",
            closed.latencies().p50(),
            "ms",
            baseline.latencies().p50(),
            null,
            null));
    ctx.add(
        Row.of(
            "web ingest: p99, 64 clients",
            closed.latencies().p99(),
            "ms",
            baseline.latencies().p99(),
            "≤ 50 ms",
            closed.latencies().p99() <= 50));
    ctx.add(
        Row.of(
                "web ingest: p99, open loop at 1.5× baseline rate",
                open.latencies().p99(),
                "ms",
                baseline.latencies().p99(),
                "≤ 50 ms",
                open.latencies().p99() <= 50)
            .withNote(
                String.format(
                    "offered %.0f/s, served %.0f/s, p50 %.1f ms, %d arrivals never sent%s",
                    goalRate,
                    open.perSecond(),
                    open.latencies().p50(),
                    open.unserved(),
                    open.failed() > 0 ? ", " + open.failed() + " failed" : "")));
    return baseline.perSecond();
  }

  static String failures(Load.Result r) {
    return r.failed() == 0 ? null : r.failed() + " failed, first: " + r.firstError();
  }
}
