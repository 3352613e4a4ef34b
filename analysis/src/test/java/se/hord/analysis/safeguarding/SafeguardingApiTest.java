package se.hord.analysis.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static se.hord.analysis.Items.item;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
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
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import se.hord.analysis.Tokens;
import se.hord.analysis.feed.FakeFeedController;
import se.hord.testkit.DatabaseTest;

/** Answers pulled from a real (fake) feed are flagged as they are indexed, once each. */
@MicronautTest
class SafeguardingApiTest implements DatabaseTest {
  private static final int PORT = freePort();
  private static final String GAVLE = "2180";
  private static final String HUDIKSVALL = "2184";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject TokenGenerator tokens;
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
  void flagsDisclosuresOnceAndRecordsWhoHandledThem() {
    feed.publish(
        item(
            "sg1",
            GAVLE,
            "survey",
            "13-15",
            "tjej",
            "Centrum",
            "Skolan är bra",
            "2026-03-01T10:00:00Z"),
        item(
            "sg2",
            GAVLE,
            "survey",
            "13-15",
            "tjej",
            "Centrum",
            "pappa slår mig när han är full, ring 070-123 45 67",
            "2026-03-01T11:00:00Z"),
        item(
            "sg3",
            GAVLE,
            "sms",
            "16-19",
            "kille",
            "Centrum",
            "jag dör av skratt",
            "2026-03-01T12:00:00Z"),
        item(
            "sg4",
            GAVLE,
            "sms",
            "16-19",
            "kille",
            "Centrum",
            "I want to kill myself",
            "2026-03-01T13:00:00Z"));
    String official = Tokens.safeguarding(tokens, GAVLE);
    await(
        () ->
            flags(official).stream().map(Flag::itemId).toList().containsAll(List.of("sg2", "sg4")));
    List<Flag> flags = flags(official);
    assertEquals(List.of("sg4", "sg2"), flags.stream().map(Flag::itemId).toList());
    Flag violence = flags.get(1);
    assertEquals(List.of("vald-hemma"), violence.categories());
    assertEquals("pappa slår mig när han är full, ring [telefon]", violence.text());
    assertEquals("new", violence.status());
    assertNull(violence.changedBy());

    Flag seen = changeStatus(official, violence.id(), "seen");
    assertEquals("seen", seen.status());
    assertEquals("designated", seen.changedBy());
    assertNotNull(seen.changedAt());

    client
        .toBlocking()
        .exchange(HttpRequest.POST("/api/admin/reindex", "").bearerAuth(Tokens.admin(tokens)));
    await(() -> search(official).contains("sg4"));
    List<Flag> after = flags(official);
    assertEquals(List.of("sg4", "sg2"), after.stream().map(Flag::itemId).toList());
    assertEquals("seen", after.get(1).status());

    assertTrue(
        flags(Tokens.safeguarding(tokens, "0380")).stream()
            .noneMatch(f -> f.municipality().equals(GAVLE)));
    assertTrue(flags(Tokens.admin(tokens)).stream().anyMatch(f -> f.itemId().equals("sg4")));
  }

  @Test
  void refusesWhatIsNotTheCallers() {
    feed.publish(
        item(
            "sg9",
            HUDIKSVALL,
            "survey",
            "13-15",
            "tjej",
            "Centrum",
            "de hotar att döda mig",
            "2026-03-02T10:00:00Z"));
    String official = Tokens.safeguarding(tokens, HUDIKSVALL);
    await(() -> flags(official).stream().anyMatch(f -> f.itemId().equals("sg9")));
    long id =
        flags(official).stream()
            .filter(f -> f.itemId().equals("sg9"))
            .findFirst()
            .orElseThrow()
            .id();
    assertEquals(
        HttpStatus.FORBIDDEN,
        status(
            HttpRequest.POST("/api/safeguarding/" + id + "/status", Map.of("status", "seen"))
                .bearerAuth(Tokens.safeguarding(tokens, "0380"))));
    // an official of the municipality who is not designated for safeguarding sees nothing
    assertEquals(
        HttpStatus.FORBIDDEN,
        status(
            HttpRequest.GET("/api/safeguarding").bearerAuth(Tokens.official(tokens, HUDIKSVALL))));
    assertEquals(
        HttpStatus.FORBIDDEN,
        status(
            HttpRequest.POST("/api/safeguarding/" + id + "/status", Map.of("status", "seen"))
                .bearerAuth(Tokens.official(tokens, HUDIKSVALL))));
    assertEquals(
        HttpStatus.BAD_REQUEST,
        status(
            HttpRequest.POST("/api/safeguarding/" + id + "/status", Map.of("status", "gone"))
                .bearerAuth(official)));
    assertEquals(
        HttpStatus.BAD_REQUEST,
        status(
            HttpRequest.POST("/api/safeguarding/" + id + "/status", "{oops").bearerAuth(official)));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.POST("/api/safeguarding/999999/status", Map.of("status", "seen"))
                .bearerAuth(official)));
    assertEquals(
        HttpStatus.FORBIDDEN,
        status(
            HttpRequest.GET("/api/safeguarding")
                .bearerAuth(Tokens.ambassador(tokens, HUDIKSVALL))));
    assertEquals(HttpStatus.UNAUTHORIZED, status(HttpRequest.GET("/api/safeguarding")));
    assertEquals("acted", changeStatus(Tokens.admin(tokens), id, "acted").status());
  }

  private List<Flag> flags(String token) {
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.GET("/api/safeguarding").bearerAuth(token), Argument.listOf(Flag.class));
  }

  private String search(String token) {
    return client.toBlocking().retrieve(HttpRequest.GET("/api/search?size=100").bearerAuth(token));
  }

  private Flag changeStatus(String token, long id, String status) {
    return client
        .toBlocking()
        .retrieve(
            HttpRequest.POST("/api/safeguarding/" + id + "/status", Map.of("status", status))
                .bearerAuth(token),
            Flag.class);
  }

  private HttpStatus status(MutableHttpRequest<?> request) {
    return assertThrows(
            HttpClientResponseException.class, () -> client.toBlocking().exchange(request))
        .getStatus();
  }

  private static void await(BooleanSupplier condition) {
    long giveUpAt = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > giveUpAt) {
        fail("not flagged within 20 s");
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
