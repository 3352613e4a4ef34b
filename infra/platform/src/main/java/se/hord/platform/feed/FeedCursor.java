package se.hord.platform.feed;

import se.hord.platform.web.ProblemException;

/** The feed cursor is the last feed position the reader has seen; "0" or empty starts over. */
final class FeedCursor {
  private FeedCursor() {}

  static long parse(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      long position = Long.parseLong(cursor.trim());
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
