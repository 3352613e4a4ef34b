package se.hord.survey.ratelimit;

import io.micronaut.http.HttpStatus;
import se.hord.platform.web.ProblemException;

/** 429: this client sent too many answers; {@link #retryAfterSeconds()} says when to try again. */
public class TooManySubmissions extends ProblemException {
  /** The kind words shown to the young person, Swedish then English. */
  public static final String MESSAGE =
      "Du har skickat många svar på kort tid. Vänta en stund och försök igen – dina svar finns"
          + " kvar. (You have sent many answers in a short time. Wait a little and try again –"
          + " your answers are kept.)";

  private final long retryAfterSeconds;

  public TooManySubmissions(long retryAfterSeconds) {
    super(HttpStatus.TOO_MANY_REQUESTS, MESSAGE);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
