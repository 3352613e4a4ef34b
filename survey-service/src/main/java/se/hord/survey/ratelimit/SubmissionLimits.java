package se.hord.survey.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How many answers one client (address) may send per window, JSON and web form together. Generous
 * by default: a whole class behind one school address answers within minutes.
 */
@ConfigurationProperties("hord.survey.submissions")
public record SubmissionLimits(Integer perWindow, Duration window) {
  static final int DEFAULT_PER_WINDOW = 120;
  static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

  public SubmissionLimits {
    perWindow = perWindow == null ? DEFAULT_PER_WINDOW : perWindow;
    window = window == null ? DEFAULT_WINDOW : window;
  }
}
