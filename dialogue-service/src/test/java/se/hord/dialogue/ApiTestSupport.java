package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.function.Executable;
import se.hord.platform.security.Roles;
import se.hord.testkit.DatabaseTest;

/**
 * What the API tests share: real HTTP calls, tokens signed like survey-service's login signs them,
 * and short ways to create a dialogue, an event and an ambassador.
 */
public abstract class ApiTestSupport implements DatabaseTest {
  protected static final Argument<Map<String, Object>> JSON_OBJECT =
      Argument.mapOf(String.class, Object.class);
  protected static final Argument<List<Map<String, Object>>> JSON_LIST =
      Argument.listOf(JSON_OBJECT);

  @Inject
  @Client("/")
  protected HttpClient client;

  @Inject protected TokenGenerator tokens;
  @Inject protected JsonMapper json;

  /** {@code -Dhord.test.database=...} gives a run its own database beside a concurrent one. */
  @Override
  public String database() {
    return System.getProperty("hord.test.database", "hord_test_dialogue");
  }

  /** A token like survey-service gives an official of these municipalities. */
  protected String official(String... municipalities) {
    return token("official", Roles.OFFICIAL, Map.of("municipalities", List.of(municipalities)));
  }

  /** A token like survey-service gives an admin. */
  protected String admin() {
    return token("admin", Roles.ADMIN, Map.of());
  }

  /** A token like analysis shows when it reads the feed. */
  protected String service() {
    return token("service:analysis", Roles.SERVICE, Map.of());
  }

  private String token(String name, String role, Map<String, Object> attributes) {
    return tokens
        .generateToken(Authentication.build(name, List.of(role), attributes), 3600)
        .orElseThrow();
  }

  /** Creates a dialogue with the prompts "trygg" and "fritid" and returns it. */
  protected Map<String, Object> createDialogue(String token, String municipality) {
    Map<String, Object> body =
        Map.of(
            "title",
            "Ungas röster " + municipality,
            "municipality",
            municipality,
            "description",
            "Vad vill unga ändra?",
            "prompts",
            List.of(
                Map.of("key", "trygg", "text", "Var känner du dig trygg?"),
                Map.of("key", "fritid", "text", "Vad gör du på fritiden?")),
            "statements",
            List.of(Map.of("key", "buss", "text", "Bussarna går för sällan")));
    return call(HttpRequest.POST("/api/dialogues", body), token).body();
  }

  /** Creates an event of the dialogue, running from an hour ago to two hours ahead. */
  protected Map<String, Object> createEvent(String token, Object dialogueId) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> body =
        Map.of(
            "name",
            "Pop-up på fritidsgården",
            "place",
            "Fritidsgården Tegelbruket",
            "startsAt",
            now.minus(1, ChronoUnit.HOURS).toString(),
            "endsAt",
            now.plus(2, ChronoUnit.HOURS).toString());
    return call(HttpRequest.POST("/api/dialogues/" + dialogueId + "/events", body), token).body();
  }

  /** Joins an event with its code and returns the join answer. */
  protected Map<String, Object> join(String joinCode) {
    return client
        .toBlocking()
        .exchange(HttpRequest.POST("/api/events/join", Map.of("joinCode", joinCode)), JSON_OBJECT)
        .body();
  }

  /** An ambassador token for the event. */
  protected String ambassadorOf(Map<String, Object> event) {
    return (String) join((String) event.get("joinCode")).get("access_token");
  }

  /** Posts a contribution with a fresh Idempotency-Key. */
  protected HttpResponse<Map<String, Object>> contribute(
      Object eventId, String token, Map<String, Object> body) {
    return contribute(eventId, token, UUID.randomUUID().toString(), body);
  }

  /**
   * Posts a contribution with the given Idempotency-Key; with {@code "consent": true} unless the
   * body says otherwise (most tests are about contributions the young person agreed to share).
   */
  protected HttpResponse<Map<String, Object>> contribute(
      Object eventId, String token, String key, Map<String, Object> body) {
    Map<String, Object> withConsent = new java.util.HashMap<>(body);
    withConsent.putIfAbsent("consent", true);
    return call(
        HttpRequest.POST("/api/events/" + eventId + "/contributions", withConsent)
            .header("Idempotency-Key", key),
        token);
  }

  /** Posts JSON to an event's endpoint (votes, tallies, statements), with a key when not null. */
  protected HttpResponse<Map<String, Object>> postTo(
      Object eventId, String what, String token, String key, Map<String, Object> body) {
    MutableHttpRequest<?> request = HttpRequest.POST("/api/events/" + eventId + "/" + what, body);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return call(request, token);
  }

  /** A participant's vote, without Idempotency-Key. */
  protected HttpResponse<Map<String, Object>> vote(
      Object eventId, String token, String participant, String statement, String vote) {
    return postTo(
        eventId,
        "votes",
        token,
        null,
        Map.of("participant", participant, "statement", statement, "vote", vote));
  }

  /** Sends a request with a bearer token (none when null) and expects a JSON object back. */
  protected HttpResponse<Map<String, Object>> call(MutableHttpRequest<?> request, String token) {
    if (token != null) {
      request.bearerAuth(token);
    }
    return client.toBlocking().exchange(request, JSON_OBJECT);
  }

  /** Sends a request with a bearer token and expects a JSON list back. */
  protected List<Map<String, Object>> list(String path, String token) {
    return client.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), JSON_LIST);
  }

  /** Runs a call that must fail with this status; returns the problem+json answer. */
  protected Map<String, Object> fails(int status, Executable call) {
    HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call);
    String body = e.getResponse().getBody(String.class).orElse("");
    assertEquals(status, e.getStatus().getCode(), body);
    assertEquals(
        "application/problem+json",
        e.getResponse().getContentType().map(MediaType::toString).orElse(""),
        "errors are problem+json");
    try {
      return json.readValue(body, JSON_OBJECT);
    } catch (IOException notJson) {
      throw new AssertionError("not a JSON answer: " + body, notJson);
    }
  }

  /** The paths of the problems listed in a problem+json answer. */
  @SuppressWarnings("unchecked")
  protected static List<String> paths(Map<String, Object> problem) {
    return ((List<Map<String, Object>>) problem.getOrDefault("errors", List.of()))
        .stream().map(e -> (String) e.get("path")).toList();
  }
}
