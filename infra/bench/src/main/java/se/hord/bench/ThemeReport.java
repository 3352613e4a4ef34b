package se.hord.bench;

import java.util.ArrayList;
import java.util.List;

/** The theme report over every loaded answer, when analysis has one (median of three calls). */
final class ThemeReport {
  static final String NAME = "theme report over all answers";

  private ThemeReport() {}

  static void run(Context ctx) throws Exception {
    String url = ctx.analysis() + "/api/reports/themes";
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      Http.Reply reply = ctx.admin().get(url);
      if (reply.status() == 404 || reply.status() == 405) {
        ctx.add(Row.missing(NAME, "ms", "≤ 1,000 ms", "not available yet"));
        return;
      }
      reply.expect(200);
      millis.add((System.nanoTime() - start) / 1e6);
    }
    double median = SearchBench.median(millis);
    ctx.add(
        Row.of(NAME, median, "ms", null, "≤ 1,000 ms", median <= 1000)
            .withNote(String.format("median of 3 over %,d answers", ctx.itemsPosted().get())));
  }
}
