package se.hord.platform.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Mints the short-lived token one Hörd service shows another (for example to read a feed). */
@Singleton
public class ServiceTokens {
  private static final Duration LIFETIME = Duration.ofMinutes(10);
  private final TokenGenerator generator;
  private String token;
  private Instant renewAt = Instant.EPOCH;

  public ServiceTokens(TokenGenerator generator) {
    this.generator = generator;
  }

  /** A valid service token, renewed well before it expires. */
  public synchronized String token(String serviceName) {
    Instant now = Instant.now();
    if (token == null || now.isAfter(renewAt)) {
      Authentication service =
          Authentication.build("service:" + serviceName, List.of(Roles.SERVICE), Map.of());
      token =
          generator
              .generateToken(service, (int) LIFETIME.toSeconds())
              .orElseThrow(() -> new IllegalStateException("could not sign a service token"));
      renewAt = now.plus(LIFETIME.dividedBy(2));
    }
    return token;
  }
}
