package se.hord.dialogue.sms;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Map;
import se.hord.platform.security.ServiceTokens;

/**
 * survey-service's internal SMS endpoints, called with dialogue-service's SERVICE token. Every
 * answer is an {@link Answer}: the body on success, otherwise whether trying again may help.
 */
@Singleton
class SurveyClient {
  private final HttpClient client;
  private final ServiceTokens tokens;
  private final URI base;

  SurveyClient(
      HttpClient client,
      ServiceTokens tokens,
      @Property(name = "hord.sms.survey-url") String base) {
    this.client = client;
    this.tokens = tokens;
    this.base = URI.create(base.endsWith("/") ? base : base + "/");
  }

  /** {@code POST /api/internal/contacts}: survey-service keeps the number, answers its hash. */
  Answer<Kept> keep(String number, long dialogueId) {
    return call(
        HttpRequest.POST(
            base.resolve("api/internal/contacts"),
            Map.of("phone", number, "dialogueId", String.valueOf(dialogueId))),
        Kept.class);
  }

  /** {@code POST /api/internal/feedback}: queues the message to these phones, once per key. */
  Answer<Queued> feedback(
      long dialogueId, Map<String, String> message, List<String> hashes, String key) {
    return call(
        HttpRequest.POST(
                base.resolve("api/internal/feedback"),
                Map.of(
                    "dialogueId",
                    String.valueOf(dialogueId),
                    "message",
                    message,
                    "phoneHashes",
                    hashes))
            .header("Idempotency-Key", key),
        Queued.class);
  }

  private <T> Answer<T> call(MutableHttpRequest<?> request, Class<T> type) {
    try {
      T body = client.toBlocking().retrieve(request.bearerAuth(tokens.token("dialogue")), type);
      return new Answer<>(body, false, null);
    } catch (HttpClientResponseException e) {
      HttpStatus status = e.getStatus();
      boolean retry =
          status.getCode() >= 500
              || status == HttpStatus.REQUEST_TIMEOUT
              || status == HttpStatus.TOO_MANY_REQUESTS
              || status == HttpStatus.UNAUTHORIZED
              || status == HttpStatus.FORBIDDEN;
      String detail =
          e.getResponse().getBody(Map.class).map(b -> String.valueOf(b.get("detail"))).orElse("");
      return new Answer<>(null, retry, status.getCode() + " " + detail);
    } catch (HttpClientException e) {
      return new Answer<>(null, true, "survey-service svarar inte (does not answer)");
    }
  }

  /** The body on success; otherwise {@code retry} (network, 5xx, 401/403/408/429) and why. */
  record Answer<T>(@Nullable T body, boolean retry, @Nullable String problem) {
    boolean ok() {
      return body != null;
    }
  }

  /** survey-service's answer to a hand-over. */
  @Serdeable
  record Kept(String phoneHash) {}

  /** survey-service's answer to a feedback: the recipients and SMS queued. */
  @Serdeable
  record Queued(long id, int recipients, int queued) {}
}
