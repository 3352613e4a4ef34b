package se.hord.analysis.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The barnbokslut (child-rights account) of a municipality for a calendar year: the theme report
 * over every survey and dialogue of the year ({@code themes}: per theme the people, share, trend by
 * month and term, sources…), where the answers came from ({@code origins}: people per survey or
 * dialogue, suppressed as a breakdown of the year's people) and what was fed back to young people
 * and when ({@code feedback}, one part per service; a part whose service did not answer says so).
 */
@Serdeable
public record Barnbokslut(
    String municipality,
    int year,
    ThemeReport themes,
    Origins origins,
    List<FeedbackPart> feedback) {

  /**
   * People per survey or dialogue; they add up to the year's people, so small ones are suppressed
   * like a breakdown ({@code withheld}: none could be shown safely).
   */
  @Serdeable
  public record Origins(boolean withheld, List<Origin> items) {}

  /** One survey or dialogue and how many young people answered in it that year. */
  @Serdeable
  public record Origin(String source, String originId, @Nullable String title, Figure people) {}

  /**
   * What one service ({@code survey} or {@code dialogue}) says was fed back; {@code available}
   * false (with a {@code note}) when the service did not answer.
   */
  @Serdeable
  public record FeedbackPart(
      String service, boolean available, @Nullable String note, List<Fed> items) {}

  /**
   * One feedback message: of which survey or dialogue, when ({@code date}, Swedish), the message,
   * how it went out ({@code sms+page} or {@code page}), and to how many it was sent and reached
   * (small numbers as {@code "<5"}; left out when not known).
   */
  @Serdeable
  public record Fed(
      String source,
      String originId,
      @Nullable String originTitle,
      Instant sentAt,
      String date,
      Map<String, String> message,
      String channel,
      @Nullable Figure recipients,
      @Nullable Figure reached) {}
}
