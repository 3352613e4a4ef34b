package se.hord.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import se.hord.analysis.Tokens;
import se.hord.analysis.feed.FeedPuller;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;
import se.hord.testkit.DatabaseTest;

/**
 * The progress lines: a report still being made shows how far it got and reloads itself; a rebuild
 * of the index shows on the search and report pages while it lasts (here it lasts: the test's feeds
 * are down, and the rebuild says it waits for them).
 */
@MicronautTest
class ProgressPagesTest implements DatabaseTest {
  @Inject
  @Client("/")
  HttpClient client;

  @Inject TokenGenerator tokens;
  @Inject ReportJobs jobs;
  @Inject FeedPuller puller;

  @Override
  public String database() {
    return "hord_test_analysis";
  }

  @Test
  void aReportStillBeingMadeShowsItsProgressAndReloadsItself() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Caller official = new Caller("official", Set.of(Roles.OFFICIAL), Set.of("0380"), null);
    String key = ReportPageController.jobKey(official, "municipality=0380");
    jobs.get(
        key,
        progress -> {
          progress.total(4);
          progress.step();
          started.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new ThemeReport("0380", null, null, null, Figure.shown(7), List.of());
        },
        Duration.ZERO);
    started.await();

    String page = get("/reports/themes?municipality=0380");
    assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"1\">"), page);
    assertTrue(page.contains("Rapporten tas fram:"), page);
    assertTrue(page.contains("<strong>25 %</strong>"), page);

    release.countDown();
    String done = get("/reports/themes?municipality=0380");
    assertTrue(done.contains("Antal personer (People): <strong>7</strong>"), done);
  }

  @Test
  void aRebuildShowsItsProgressOnThePages() {
    puller.requestRebuild();
    long waited = 0;
    while (!puller.progress().down().containsAll(List.of("survey", "dialogue"))) {
      assertTrue(waited++ < 600, "the rebuild should start within a minute");
      sleep();
    }
    assertEquals("rebuilding", puller.progress().state());
    String search = get("/search");
    assertTrue(search.contains("Sökindexet byggs om:"), search);
    assertTrue(search.contains("Väntar på (Waiting for):"), search);
    assertTrue(get("/reports/themes?municipality=0380").contains("Sökindexet byggs om:"));
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String get(String path) {
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.GET(path).cookie(Cookie.of("HORD_TOKEN", Tokens.official(tokens, "0380"))),
            String.class);
  }
}
