package se.hord.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.hord.platform.web.ProblemException;

/** A report that is not ready shows how far it got; asking again finds the same job. */
class ReportJobsTest {
  private static final Duration NO_WAIT = Duration.ZERO;
  private static final Duration LONG = Duration.ofMinutes(1);
  private static final ThemeReport REPORT =
      new ThemeReport("0380", null, null, null, Figure.shown(20), List.of());

  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final ReportJobs jobs = new ReportJobs(executor);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  @Test
  void aReportNotReadyShowsItsProgressAndIsHandedOutOnceWhenDone() throws Exception {
    CountDownLatch halfway = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    Function<Progress, ThemeReport> work =
        progress -> {
          started.incrementAndGet();
          progress.total(4);
          progress.step();
          progress.step();
          halfway.countDown();
          await(release);
          progress.step();
          progress.step();
          return REPORT;
        };

    ReportJobs.Answer first = jobs.get("anna|municipality=0380", work, NO_WAIT);
    halfway.await();
    ReportJobs.Answer again = jobs.get("anna|municipality=0380", work, NO_WAIT);
    assertNull(again.report());
    assertEquals(50, again.progress().percent());
    assertSame(first.progress(), again.progress(), "the same job, not a second one");

    release.countDown();
    assertSame(REPORT, jobs.get("anna|municipality=0380", work, LONG).report());
    assertEquals(1, started.get());
    assertSame(REPORT, jobs.get("anna|municipality=0380", work, LONG).report());
    assertEquals(2, started.get(), "a finished report is handed out once; the next ask is new");
  }

  @Test
  void aRefusalInsideTheJobReachesThePage() {
    assertThrows(
        ProblemException.class,
        () ->
            jobs.get(
                "anna|",
                progress -> {
                  throw ProblemException.forbidden("Välj en kommun. (Choose a municipality.)");
                },
                LONG));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
