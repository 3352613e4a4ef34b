package se.hord.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Search over the loaded answers via HTTP (facets and highlights always on) against InnoDB FULLTEXT
 * on the same texts, 8 clients, the same query mix; and recall of both on a set of unique corpus
 * sentences, judged by {@link Lemmas}.
 */
final class SearchBench {
  static final int CLIENTS = 8;
  private static final int PASSES = 2;
  private long recallSurvey;

  /** Posts the recall sentences, one answer each, four to a response, to their own survey. */
  void loadRecallSet(Context ctx) throws Exception {
    recallSurvey =
        Surveys.createPublished(
            ctx.admin(), ctx.survey(), Surveys.definition("0180", null, "Bänktest recall"));
    int count = ctx.sizes().recallSentences();
    Load.Result r =
        Load.closed(
            16,
            (count + Surveys.FREE_TEXTS - 1) / Surveys.FREE_TEXTS,
            Duration.ofMinutes(10),
            (client, n, i) -> {
              List<String> texts = new ArrayList<>();
              for (long s = i * Surveys.FREE_TEXTS;
                  s < Math.min(count, (i + 1) * Surveys.FREE_TEXTS);
                  s++) {
                texts.add(ctx.corpus().piece((int) s));
              }
              ctx.anonymous()
                  .postResponse(
                      ctx.survey(), recallSurvey, Surveys.response(Background.of(i), texts));
              ctx.itemsPosted().addAndGet(texts.size());
            });
    if (r.failed() > 0) {
      throw new IllegalStateException("recall set: " + r.firstError());
    }
  }

  void run(Context ctx) throws Exception {
    Fulltext fulltext = new Fulltext(ctx.cluster());
    double loadSeconds =
        fulltext.load(ctx.corpus(), ctx.sizes().answers(), ctx.sizes().recallSentences());
    ctx.log("FULLTEXT table loaded and indexed in %.1f s", loadSeconds);
    List<Double> hordP50 = new ArrayList<>();
    List<Double> hordP99 = new ArrayList<>();
    List<Double> ftP50 = new ArrayList<>();
    List<Double> ftP99 = new ArrayList<>();
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      connections.add(ctx.cluster().baselineConnection());
    }
    try {
      for (int round = 0; round < ctx.sizes().searchRounds(); round++) {
        List<List<String>> plans = plans(round);
        Load.Result hord =
            Load.closed(
                CLIENTS,
                (long) CLIENTS * plans.get(0).size(),
                Duration.ofMinutes(10),
                (client, n, i) ->
                    ctx.admin()
                        .get(
                            ctx.analysis()
                                + "/api/search?size=10&q="
                                + URLEncoder.encode(
                                    plans.get(client).get((int) (n % plans.get(client).size())),
                                    StandardCharsets.UTF_8))
                        .expect(200));
        Load.Result ft =
            Load.closed(
                CLIENTS,
                (long) CLIENTS * plans.get(0).size(),
                Duration.ofMinutes(30),
                (client, n, i) ->
                    fulltext.topTen(
                        connections.get(client),
                        plans.get(client).get((int) (n % plans.get(client).size()))));
        check(hord);
        check(ft);
        hordP50.add(hord.latencies().p50());
        hordP99.add(hord.latencies().p99());
        ftP50.add(ft.latencies().p50());
        ftP99.add(ft.latencies().p99());
      }
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
    double p99 = median(hordP99);
    double ftp99 = median(ftP99);
    String rounds = "median of " + hordP99.size() + " rounds";
    ctx.add(
        Row.of(
                "search: p50, 8 clients, facets+highlights",
                median(hordP50),
                "ms",
                median(ftP50),
                null,
                null)
            .withNote(rounds + "; baseline InnoDB FULLTEXT top 10"));
    ctx.add(
        Row.of(
                "search: p99, 8 clients, facets+highlights",
                p99,
                "ms",
                ftp99,
                "≤ 20 ms and ≥ 20× faster",
                p99 <= 20 && ftp99 / p99 >= 20)
            .withNote(
                String.format(
                    "%s; FULLTEXT p99 ÷ Hörd p99 = %.2f (goal ≥ 20)", rounds, ftp99 / p99)));
    recall(ctx, fulltext);
  }

  /** Each client's query order for a round: the mix, {@value #PASSES} times, shuffled. */
  private static List<List<String>> plans(int round) {
    List<List<String>> plans = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      List<String> plan = new ArrayList<>();
      for (int p = 0; p < PASSES; p++) {
        plan.addAll(Lemmas.QUERY_MIX);
      }
      Collections.shuffle(plan, new Random(round * 100L + c));
      plans.add(plan);
    }
    return plans;
  }

  private void recall(Context ctx, Fulltext fulltext) throws Exception {
    List<String> recallTexts = new ArrayList<>();
    for (int i = 0; i < ctx.sizes().recallSentences(); i++) {
      recallTexts.add(ctx.corpus().piece(i));
    }
    double[] hord = new double[2];
    double[] ft = new double[2];
    int[] judged = new int[2];
    for (Lemmas lemma : Lemmas.TABLE) {
      Set<String> inflected = new HashSet<>();
      Set<String> compound = new HashSet<>();
      for (String t : recallTexts) {
        if (lemma.inflected(t)) {
          inflected.add(t);
        } else if (lemma.compound(t)) {
          compound.add(t);
        }
      }
      Set<String> hordHits = hordMatches(ctx, lemma.lemma());
      Set<String> ftHits = fulltext.recallMatches(lemma.lemma());
      List<Set<String>> sets = List.of(inflected, compound);
      for (int k = 0; k < 2; k++) {
        if (!sets.get(k).isEmpty()) {
          hord[k] += share(sets.get(k), hordHits);
          ft[k] += share(sets.get(k), ftHits);
          judged[k]++;
        }
      }
    }
    String[] names = {"search recall: inflected forms", "search recall: compounds"};
    for (int k = 0; k < 2; k++) {
      if (judged[k] == 0) {
        ctx.add(Row.missing(names[k], "recall", "reported", "no relevant texts in the recall set"));
        continue;
      }
      ctx.add(
          Row.of(names[k], hord[k] / judged[k], "recall", ft[k] / judged[k], "reported", null)
              .withNote(
                  String.format(
                      "mean over %d lemmas, %d unique sentences; baseline FULLTEXT",
                      judged[k], recallTexts.size())));
    }
  }

  private Set<String> hordMatches(Context ctx, String q) throws Exception {
    Set<String> texts = new HashSet<>();
    for (int page = 1; ; page++) {
      var json =
          ctx.admin()
              .get(
                  ctx.analysis()
                      + "/api/search?size=100&originId="
                      + recallSurvey
                      + "&page="
                      + page
                      + "&q="
                      + URLEncoder.encode(q, StandardCharsets.UTF_8))
              .expect(200)
              .json();
      json.path("hits").forEach(h -> texts.add(h.path("text").asText()));
      if (json.path("hits").size() < 100 || page * 100L >= json.path("total").asLong()) {
        return texts;
      }
    }
  }

  private static double share(Set<String> relevant, Set<String> found) {
    long hit = relevant.stream().filter(found::contains).count();
    return (double) hit / relevant.size();
  }

  private static void check(Load.Result r) {
    if (r.failed() > 0) {
      throw new IllegalStateException(r.failed() + " searches failed: " + r.firstError());
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
