package se.hord.analysis.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static se.hord.analysis.Items.item;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import se.hord.analysis.Tokens;
import se.hord.analysis.index.AnswerIndex;
import se.hord.analysis.search.SearchResult;
import se.hord.testkit.DatabaseTest;

/** The puller against a feed served over real HTTP; the dialogue feed stays down throughout. */
@MicronautTest
class FeedPullerTest implements DatabaseTest {
  private static final int PORT = freePort();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject TokenGenerator tokens;
  @Inject AnswerIndex index;
  @Inject FakeFeedController feed;

  @Override
  public String database() {
    return "hord_test_analysis";
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
    properties.put("micronaut.server.port", String.valueOf(PORT));
    properties.put("test.fake-feed", "true");
    properties.put("hord.feeds.survey.url", "http://127.0.0.1:" + PORT + "/fake/survey");
    return properties;
  }

  @Test
  void indexesEveryPageOnceAndRebuildsIdentically() {
    feed.publish(
        item("survey:r1:varfor", "Skolan är stökig, ring 070-123 45 67", "2026-03-01T10:00:00Z"),
        item("survey:r2:varfor", "Bussen är alltid sen", "2026-03-02T10:00:00Z"),
        item("survey:r1:varfor", "Skolan är stökig, ring 070-123 45 67", "2026-03-01T10:00:00Z"),
        item("survey:r3:varfor", "Fritidsgården är bra", "2026-03-03T10:00:00Z"),
        item("survey:r4:varfor", "Skolorna behöver mer lärare", "2026-03-04T10:00:00Z"));
    await(() -> Optional.of("g1:5").equals(index.cursor("survey")) && search().total() == 4);
    SearchResult pulled = search();
    assertEquals(
        List.of("survey:r4:varfor", "survey:r3:varfor", "survey:r2:varfor", "survey:r1:varfor"),
        pulled.hits().stream().map(SearchResult.Hit::id).toList());
    assertEquals("Skolan är stökig, ring [telefon]", pulled.hits().get(3).text());

    feed.publish(item("survey:r5:varfor", "Parken är mörk", "2026-03-05T10:00:00Z"));
    await(() -> search().total() == 5);
    assertEquals(Optional.of("g1:6"), index.cursor("survey"));
    SearchResult before = search();

    HttpResponse<?> accepted =
        client
            .toBlocking()
            .exchange(HttpRequest.POST("/api/admin/reindex", "").bearerAuth(Tokens.admin(tokens)));
    assertEquals(HttpStatus.ACCEPTED, accepted.getStatus());
    await(
        () ->
            feed.readsFromStart() >= 2
                && Optional.of("g1:6").equals(index.cursor("survey"))
                && search().total() == 5);
    assertEquals(before, search());
    // Progress: the survey feed was read again; the dialogue feed is down, so the rebuild waits.
    await(() -> progress().done() >= 5 && progress().down().equals(List.of("dialogue")));
    assertEquals("rebuilding", progress().state());
    assertTrue(progress().total() >= progress().done());

    // The survey database is replaced (restored, re-created): its feed refuses the old cursor,
    // and the index is rebuilt from the new feed rather than waiting past its end.
    feed.replaceWith(item("survey:r1:varfor", "Ny databas", "2026-04-01T10:00:00Z"));
    await(() -> search().total() == 1);
    assertEquals("Ny databas", search().hits().get(0).text());
    assertEquals(Optional.of("g2:1"), index.cursor("survey"));
  }

  @Test
  void onlyAnAdminMayRebuild() {
    HttpClientResponseException official =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                client
                    .toBlocking()
                    .exchange(
                        HttpRequest.POST("/api/admin/reindex", "")
                            .bearerAuth(Tokens.official(tokens, "0380"))));
    assertEquals(HttpStatus.FORBIDDEN, official.getStatus());
    HttpClientResponseException anonymous =
        assertThrows(
            HttpClientResponseException.class,
            () -> client.toBlocking().exchange(HttpRequest.POST("/api/admin/reindex", "")));
    assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus());
  }

  private RebuildProgress progress() {
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.GET("/api/admin/reindex").bearerAuth(Tokens.admin(tokens)),
            RebuildProgress.class);
  }

  private SearchResult search() {
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.GET("/api/search?size=100").bearerAuth(Tokens.admin(tokens)),
            SearchResult.class);
  }

  /** Waits for the puller (which runs on its own schedule) to get there. */
  private static void await(BooleanSupplier condition) {
    long giveUpAt = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > giveUpAt) {
        fail("the puller did not get there within 20 s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail(e);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
