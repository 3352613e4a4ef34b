package se.hord.survey.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The API shapes of feedback. */
public final class FeedbackViews {
  private FeedbackViews() {}

  /** Who would get the message, and what it costs in SMS. */
  @Serdeable
  /**
   * {@code recipients} phones (SMS) and {@code emailRecipients} addresses (e-mail) would get it.
   */
  public record Preview(
      int recipients,
      int emailRecipients,
      int characters,
      int segments,
      String encoding,
      @Nullable String warning) {}

  /** A message stored and queued to its recipients. */
  @Serdeable
  public record Sent(long id, int recipients, int queued) {}

  /** One feedback message and how its sending goes. */
  @Serdeable
  public record Item(
      long id,
      Map<String, String> message,
      String createdBy,
      Instant createdAt,
      int recipients,
      Progress progress) {}

  /**
   * Counts by outcome: queued (waiting or being sent), sent (handed to Twilio), delivered, failed
   * (failed, undelivered or unknown), skipped (opted out or invalid number), simulated (no Twilio
   * configured); {@code byStatus} has every outbox state.
   */
  @Serdeable
  public record Progress(
      long queued,
      long sent,
      long delivered,
      long failed,
      long skipped,
      long simulated,
      boolean done,
      Map<String, Long> byStatus) {}

  /** A survey's feedback messages, newest first. */
  @Serdeable
  public record Listing(List<Item> items) {}
}
