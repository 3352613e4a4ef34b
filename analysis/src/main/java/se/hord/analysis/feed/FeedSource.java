package se.hord.analysis.feed;

import se.hord.platform.feed.FeedPage;

/** A feed analysis reads answers from, page by page, with a cursor. */
public interface FeedSource {
  /** The feed's name, also the key of its checkpoint, e.g. {@code survey}. */
  String name();

  /** The items after this cursor ("" for the start), at most {@code limit} of them. */
  FeedPage fetch(String after, int limit);
}
