package se.hord.platform.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a municipality fed back to young people in one year ("what happened next"), as
 * survey-service and dialogue-service answer {@code GET /api/internal/feedback?municipality=&year=}
 * and analysis reads it for the barnbokslut.
 */
@Serdeable
public record FeedbackYear(
    String municipality, int year, @JsonInclude(JsonInclude.Include.ALWAYS) List<Sent> items) {

  /**
   * One feedback message: of which survey or dialogue ({@code originId} as in the feeds), when it
   * was sent, its text, how many it was sent to ({@code recipients}, null when it was only
   * published on a page) and how many it reached ({@code reached}: SMS handed over to the phone
   * network; null when not known), and {@code channel}: {@code sms+page} or {@code page}.
   */
  @Serdeable
  public record Sent(
      String source,
      String originId,
      @Nullable String originTitle,
      Instant sentAt,
      Map<String, String> message,
      String channel,
      @Nullable Integer recipients,
      @Nullable Long reached) {}
}
