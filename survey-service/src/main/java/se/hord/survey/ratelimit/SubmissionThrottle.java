package se.hord.survey.ratelimit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Counts answers per client in memory, in fixed windows. The client is known only by an HMAC of its
 * address under a key made at start-up and never stored, so no address is kept anywhere.
 */
@Singleton
public class SubmissionThrottle {
  private static final String HMAC = "HmacSHA256";
  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final SubmissionLimits limits;
  private final HttpClientAddressResolver addresses;
  private final Clock clock = Clock.systemUTC();

  public SubmissionThrottle(SubmissionLimits limits, HttpClientAddressResolver addresses) {
    this.limits = limits;
    this.addresses = addresses;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, HMAC);
  }

  /** Counts one answer from this request's client; 429 when it is one too many. */
  public void count(HttpRequest<?> request) {
    String client = hash(String.valueOf(addresses.resolve(request)));
    Instant now = clock.instant();
    Window window =
        windows.compute(
            client,
            (k, old) ->
                old == null || !now.isBefore(old.ends())
                    ? new Window(now.plus(limits.window()), 1)
                    : new Window(old.ends(), old.count() + 1));
    if (window.count() > limits.perWindow()) {
      long seconds = Math.max(1, window.ends().getEpochSecond() - now.getEpochSecond());
      throw new TooManySubmissions(seconds);
    }
  }

  @Scheduled(fixedDelay = "5m")
  void forgetEnded() {
    Instant now = clock.instant();
    windows.values().removeIf(w -> !now.isBefore(w.ends()));
  }

  private String hash(String address) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(HMAC + " is missing from the JDK", e);
    }
  }

  private record Window(Instant ends, int count) {}
}
