package se.hord.analysis.safeguarding;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.platform.security.ServiceTokens;

/**
 * Reports each new flag once to survey-service ({@code POST /api/internal/safeguarding-alerts} with
 * the municipality and the flag's number, never its text), which texts the municipality's
 * designated officials. Durable: the flag row says whether survey-service accepted the alert, so a
 * failed call is retried (2, 4, 8… seconds, at most {@code retry-max}) across restarts until it is
 * accepted, and then never again. survey-service queues at most one SMS per official and flag, so
 * an accepted call whose answer was lost and is repeated texts nobody twice.
 */
@Singleton
@Requires(property = "hord.safeguarding.alerts.enabled", value = "true", defaultValue = "true")
public class SafeguardingAlerter {
  private static final Logger LOG = LoggerFactory.getLogger(SafeguardingAlerter.class);

  private final FlagRepository flags;
  private final HttpClient client;
  private final ServiceTokens tokens;
  private final URI endpoint;
  private final long retryMaxSeconds;

  SafeguardingAlerter(
      FlagRepository flags,
      HttpClient client,
      ServiceTokens tokens,
      @Property(name = "hord.services.survey") String survey,
      @Property(name = "hord.safeguarding.alerts.retry-max") Duration retryMax) {
    this.flags = flags;
    this.client = client;
    this.tokens = tokens;
    this.endpoint = UriBuilder.of(survey).path("/api/internal/safeguarding-alerts").build();
    this.retryMaxSeconds = Math.max(1, retryMax.toSeconds());
  }

  /** Sends every due alert; the number accepted. */
  @Scheduled(fixedDelay = "${hord.safeguarding.alerts.interval:1s}")
  public int tick() {
    int accepted = 0;
    for (FlagRow flag : flags.dueForAlert(Instant.now())) {
      try {
        client
            .toBlocking()
            .exchange(
                HttpRequest.POST(
                        endpoint, Map.of("municipality", flag.municipality(), "flagId", flag.id()))
                    .bearerAuth(tokens.token("analysis")));
        flags.markAlerted(flag.id(), Instant.now());
        accepted++;
        LOG.info("Safeguarding alert for flag {} accepted by survey-service", flag.id());
      } catch (RuntimeException e) {
        flags.retryAlertLater(flag.id(), Instant.now(), retryMaxSeconds);
        LOG.warn(
            "Safeguarding alert for flag {} not accepted ({}); will retry",
            flag.id(),
            e.getClass().getSimpleName());
      }
    }
    return accepted;
  }
}
