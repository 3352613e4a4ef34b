package se.hord.analysis;

import java.time.Instant;
import se.hord.platform.feed.FeedItem;

/** Feed items for tests, with only what a test cares about spelled out. */
public final class Items {
  private Items() {}

  /** A survey answer from Uppsala (0380), 13-15, tjej, area Centrum, at this time. */
  public static FeedItem item(String id, String text, String createdAt) {
    return item(id, "0380", "survey", "13-15", "tjej", "Centrum", text, createdAt);
  }

  /** An item with every facet value given. */
  public static FeedItem item(
      String id,
      String municipality,
      String source,
      String ageBand,
      String gender,
      String area,
      String text,
      String createdAt) {
    return new FeedItem(
        id,
        source,
        municipality,
        "survey-1",
        "Ungas fritid 2026",
        "varfor",
        "Vad gör att du känner dig otrygg?",
        text,
        "sv",
        ageBand,
        gender,
        area,
        source.equals("sms") ? "sms" : "web",
        Instant.parse(createdAt),
        null);
  }
}
