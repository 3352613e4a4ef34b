package se.hord.platform.feed;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/**
 * One free-text utterance and its context, as a service publishes it to analysis.
 *
 * @param id stable across re-deliveries, e.g. {@code survey:resp-123:varfor}
 * @param source {@code survey}, {@code sms}, {@code dialogue} or {@code popup}
 * @param closedAnswers for surveys, the respondent's closed answers (question key to answer)
 */
@Serdeable
public record FeedItem(
    String id,
    String source,
    String municipality,
    String originId,
    String originTitle,
    @Nullable String questionKey,
    @Nullable String questionText,
    String text,
    @Nullable String language,
    @Nullable String ageBand,
    @Nullable String gender,
    @Nullable String area,
    String channel,
    Instant createdAt,
    @Nullable Map<String, Object> closedAnswers) {

  /** The same item with another text (analysis scrubs the text and keeps everything else). */
  public FeedItem withText(String newText) {
    return new FeedItem(
        id,
        source,
        municipality,
        originId,
        originTitle,
        questionKey,
        questionText,
        newText,
        language,
        ageBand,
        gender,
        area,
        channel,
        createdAt,
        closedAnswers);
  }
}
