package se.hord.analysis.report;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Reports being built in the background, so that a report which takes long shows its progress
 * instead of a blank wait: the page asks, waits a little, and either gets the report or a progress
 * page that asks again. A job is keyed by who asked and what, so reloading finds the same job; a
 * finished job is handed out once, and forgotten when nobody came back for it.
 */
@Singleton
public class ReportJobs {
  private static final Duration FORGET_AFTER = Duration.ofMinutes(10);

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ExecutorService executor;

  public ReportJobs(@Named(TaskExecutors.BLOCKING) ExecutorService executor) {
    this.executor = executor;
  }

  /** A report being built, and how far it has got. */
  public record Job(CompletableFuture<ThemeReport> result, Progress progress, Instant started) {}

  /** The report, if it is ready within {@code wait}; otherwise empty, and the job goes on. */
  public Answer get(String key, Function<Progress, ThemeReport> work, Duration wait)
      throws InterruptedException {
    forgetOld();
    Job job =
        jobs.computeIfAbsent(
            key,
            k -> {
              Progress progress = new Progress();
              return new Job(
                  CompletableFuture.supplyAsync(() -> work.apply(progress), executor),
                  progress,
                  Instant.now());
            });
    try {
      ThemeReport report = job.result().get(wait.toMillis(), TimeUnit.MILLISECONDS);
      jobs.remove(key, job);
      return new Answer(report, job.progress());
    } catch (TimeoutException e) {
      return new Answer(null, job.progress());
    } catch (ExecutionException e) {
      jobs.remove(key, job);
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A finished report, or (when {@code report} is null) the progress of one still being built. */
  public record Answer(ThemeReport report, Progress progress) {}

  private void forgetOld() {
    Instant limit = Instant.now().minus(FORGET_AFTER);
    jobs.values().removeIf(job -> job.result().isDone() && job.started().isBefore(limit));
  }
}
