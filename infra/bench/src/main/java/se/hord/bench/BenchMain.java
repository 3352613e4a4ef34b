package se.hord.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./hord bench [--smoke] [--answers N]}: starts Hörd against MariaDB with durable commits,
 * runs every benchmark beside its baseline, prints one table and writes {@code
 * target/bench/results.json} under the repository root.
 */
public final class BenchMain {
  private static Set<String> chosen = Set.of();

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    boolean smoke = false;
    long answers = 1_000_000;
    Set<String> only = Set.of();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--answers" -> answers = Long.parseLong(args[++i].replace("_", ""));
        case "--only" -> only = Set.of(args[++i].toLowerCase(Locale.ROOT).split(","));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path root = root();
    Path work = root.resolve("target/bench");
    String prefix = System.getenv().getOrDefault("HORD_BENCH_DB_PREFIX", BenchCluster.PREFIX);
    Results results =
        run(root, smoke ? Sizes.forSmoke() : Sizes.forFull(answers), prefix, work, only);
    System.out.println();
    results.print(System.out);
    System.out.println();
    System.out.println("Written to " + work.resolve("results.json"));
    System.exit(0);
  }

  /** The repository root: {@code -Dhord.root}, {@code HORD_ROOT}, or the working directory. */
  static Path root() {
    String root = System.getProperty("hord.root", System.getenv("HORD_ROOT"));
    return Path.of(root == null ? "." : root).toAbsolutePath().normalize();
  }

  /**
   * Runs every benchmark at these sizes with databases {@code <prefix>survey, …, <prefix>baseline}
   * and files under {@code work}; each row is printed as it comes.
   */
  public static Results run(Path root, Sizes sizes, String prefix, Path work) throws Exception {
    return run(root, sizes, prefix, work, Set.of());
  }

  /**
   * As above, running only the benchmarks whose name starts with one of {@code only} (all when it
   * is empty), e.g. {@code --only "web ingest,sms"} while working on ingest.
   */
  static Results run(Path root, Sizes sizes, String prefix, Path work, Set<String> only)
      throws Exception {
    Files.createDirectories(work);
    Path tsv =
        Path.of(
            System.getenv()
                .getOrDefault(
                    "HORD_BENCH_CORPUS",
                    root.resolve("../shared/data").resolve(Corpus.FILE).normalize().toString()));
    Corpus corpus = Corpus.load(tsv);
    Results results = new Results();
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("started", Instant.now().toString());
    about.put("mode", sizes.smoke() ? "smoke" : "full");
    about.put("sizes", sizes.toString());
    about.put("machine", Machine.describe());
    about.put("corpusSentences", corpus.pieceCount());
    long started = System.nanoTime();
    System.out.printf(
        "Hörd bench (%s): %,d answers, corpus %,d sentences. Starting the services …%n",
        sizes.smoke() ? "smoke" : "full", sizes.answers(), corpus.pieceCount());
    try (BenchCluster cluster = BenchCluster.start(root, work, prefix)) {
      Thread stopper = new Thread(cluster::close, "stop-bench-services");
      Runtime.getRuntime().addShutdownHook(stopper);
      about.put("innodb_flush_log_at_trx_commit", cluster.flushUsed);
      about.put("embeddedMariaDb", cluster.embeddedDatabase());
      System.out.printf(
          "Services up after %.0f s; innodb_flush_log_at_trx_commit=%s%n",
          (System.nanoTime() - started) / 1e9, cluster.flushUsed);
      Http admin =
          new Http(
              Http.JSON
                  .readTree(
                      new Http(null)
                          .postJson(
                              cluster.url("survey-service") + "/login",
                              Http.JSON.writeValueAsBytes(
                                  Map.of(
                                      "username",
                                      BenchCluster.ADMIN,
                                      "password",
                                      cluster.password())))
                          .expect(200)
                          .body())
                  .path("access_token")
                  .asText());
      Surveys surveys = Surveys.create(admin, cluster.url("survey-service"));
      Context ctx =
          new Context(
              cluster, corpus, sizes, admin, new Http(null), surveys, results, new AtomicLong());
      chosen = only;
      SearchBench search = new SearchBench();
      double[] naive = {Double.NaN};
      step(ctx, "web ingest", () -> naive[0] = WebIngest.run(ctx));
      step(ctx, "SMS ingest", () -> SmsIngest.run(ctx, naive[0]));
      step(ctx, "search recall set", () -> search.loadRecallSet(ctx));
      step(ctx, "load", () -> Rebuild.load(ctx));
      step(ctx, "index rebuild", () -> Rebuild.run(ctx, work));
      step(ctx, "search", () -> search.run(ctx));
      step(ctx, "freshness", () -> Freshness.run(ctx));
      step(ctx, "theme report", () -> ThemeReport.run(ctx));
      step(ctx, "memory", () -> Memory.run(ctx));
      Runtime.getRuntime().removeShutdownHook(stopper);
    }
    about.put("seconds", Math.round((System.nanoTime() - started) / 1e9));
    results.writeJson(work.resolve("results.json"), about);
    return results;
  }

  private interface Step {
    void run() throws Exception;
  }

  /** Runs one benchmark; a failure becomes a row saying so, and the others still run. */
  private static void step(Context ctx, String name, Step step) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!chosen.isEmpty() && chosen.stream().noneMatch(lower::startsWith)) {
      return;
    }
    System.out.println("» " + name);
    try {
      step.run();
    } catch (Exception | AssertionError e) {
      e.printStackTrace(System.out);
      ctx.add(Row.missing(name, "", null, "failed: " + e));
    }
  }
}
