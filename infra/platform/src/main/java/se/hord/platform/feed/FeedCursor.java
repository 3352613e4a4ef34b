package se.hord.platform.feed;

import io.micronaut.http.HttpStatus;
import se.hord.platform.web.ProblemException;

/**
 * A feed cursor: {@code <feed id>:<last position seen>}. Empty or {@code 0} starts at the
 * beginning. A cursor of another feed (the database was replaced since) is refused with 409, so the
 * reader knows to rebuild from the start.
 */
final class FeedCursor {
  private FeedCursor() {}

  static String format(String feedId, long position) {
    return feedId + ":" + position;
  }

  /** The position after which to read, for this feed. */
  static long parse(String cursor, String feedId) {
    if (cursor == null || cursor.isBlank() || cursor.trim().equals("0")) {
      return 0;
    }
    String[] parts = cursor.trim().split(":", 2);
    long position = position(parts[parts.length - 1]);
    if (parts.length == 2 && parts[0].equals(feedId)) {
      return position;
    }
    throw new ProblemException(
        HttpStatus.CONFLICT,
        "Markören hör till ett annat flöde (databasen har bytts ut). Börja om från början"
            + " med after=0. (The cursor belongs to another feed: the database was replaced."
            + " Start over with after=0.)");
  }

  private static long position(String text) {
    try {
      long position = Long.parseLong(text);
      if (position >= 0) {
        return position;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ProblemException.badRequest(
        "Markören 'after' ska vara ett värde som flödet gav i 'next'."
            + " (The cursor 'after' must be a value the feed gave in 'next'.)");
  }
}
