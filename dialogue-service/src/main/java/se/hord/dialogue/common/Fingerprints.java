package se.hord.dialogue.common;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A stable rendering of a request, so a reused Idempotency-Key with another body is caught. */
@Singleton
public class Fingerprints {
  private final JsonMapper json;

  Fingerprints(JsonMapper json) {
    this.json = json;
  }

  /** The request as JSON. */
  public String of(Object request) {
    try {
      return json.writeValueAsString(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
