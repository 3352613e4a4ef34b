package se.hord.platform.feed;

import java.time.Instant;

/** Feed items for tests. */
public final class TestItems {
  private TestItems() {}

  /** A Swedish survey item with the id {@code test:<id>}. */
  public static FeedItem item(String id) {
    return new FeedItem(
        "test:" + id,
        "survey",
        "0380",
        "1",
        "Test",
        "q",
        "Fråga",
        "text " + id,
        "sv",
        null,
        null,
        null,
        "web",
        Instant.now(),
        null);
  }
}
