package se.hord.dialogue.vote;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hord.dialogue.dialogue.DialogueStatement;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.platform.feed.Feed;
import se.hord.platform.feed.FeedItem;

/**
 * Publishes a statement's vote totals on the feed, so analysis can search and report them. There is
 * one item per statement ({@code dialogue:votes-<statementId>}); each change appends it again, and
 * the feed moves an item with the same id to its end, so a reader always ends on the latest totals.
 * The counts are raw: analysis applies suppression when it reports.
 *
 * <p>It runs inside the vote's transaction, which holds the statement's row lock, and counts with a
 * locking read, so two votes on one statement publish their totals one after the other and the last
 * item counts both. That is one feed write per vote: fine for pop-up rates (a few votes a second);
 * batching them would be the next step under heavier load.
 */
@Singleton
public class VoteSummaries {
  private final VoteRepository votes;
  private final Feed feed;

  VoteSummaries(VoteRepository votes, Feed feed) {
    this.votes = votes;
    this.feed = feed;
  }

  /** Appends the statement's current totals to the feed. */
  public void publish(DialogueStatement statement, DialogueView dialogue, LocalDate day) {
    VoteCounts counts = votes.countLocked(statement.id());
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("agree", counts.agree());
    answers.put("disagree", counts.disagree());
    answers.put("pass", counts.pass());
    feed.append(
        List.of(
            new FeedItem(
                "dialogue:votes-" + statement.id(),
                "dialogue",
                dialogue.municipality(),
                String.valueOf(dialogue.id()),
                dialogue.title(),
                "statement:" + statement.statementKey(),
                null,
                statement.text(),
                "sv",
                null,
                null,
                null,
                "popup",
                day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                answers)));
  }
}
