package se.hord.analysis.safeguarding;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.analysis.privacy.Scrubber;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.security.Caller;
import se.hord.platform.web.Problem;
import se.hord.platform.web.ProblemException;

/** Flags new answers that may disclose harm, and lets officials see and handle the flags. */
@Singleton
public class SafeguardingService {
  private static final Logger LOG = LoggerFactory.getLogger(SafeguardingService.class);
  private static final Set<String> STATUSES = Set.of("seen", "acted");

  private final SafeguardingQueries queries;
  private final FlagRepository flags;

  public SafeguardingService(SafeguardingQueries queries, FlagRepository flags) {
    this.queries = queries;
    this.flags = flags;
  }

  /**
   * Matches these items (scrubbed) against the query set and flags each match once. Runs before the
   * items are indexed, so a database failure stops the pull and the items are tried again.
   */
  public void check(List<FeedItem> items) {
    checkScrubbed(Scrubber.scrubAll(items));
  }

  /**
   * As {@link #check}, for items whose text {@link Scrubber} has already scrubbed (the puller
   * scrubs each page once, for this check and for the index).
   */
  public void checkScrubbed(List<FeedItem> items) {
    List<String> texts = items.stream().map(FeedItem::text).toList();
    List<List<String>> matched = queries.match(texts);
    int created = 0;
    for (int i = 0; i < items.size(); i++) {
      if (!matched.get(i).isEmpty()) {
        FeedItem item = items.get(i);
        created +=
            flags.flagOnce(
                item.id(),
                item.municipality(),
                String.join(",", matched.get(i)),
                texts.get(i),
                Instant.now());
      }
    }
    if (created > 0) {
      LOG.info("{} new safeguarding flag(s)", created);
    }
  }

  /** The flags this caller may see, newest first: an admin all, an official their own. */
  public List<Flag> list(Caller caller) {
    List<FlagRow> rows =
        caller.isAdmin()
            ? flags.listOrderByIdDesc()
            : caller.municipalities().isEmpty()
                ? List.of()
                : flags.listByMunicipalityInListOrderByIdDesc(caller.municipalities());
    return rows.stream().map(Flag::of).toList();
  }

  /** Marks a flag seen or acted on, recording who and when. */
  public Flag changeStatus(long id, String status, Caller caller) {
    FlagRow row =
        flags
            .findById(id)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "Det finns ingen flagga " + id + ". (There is no flag " + id + ".)"));
    caller.requireOfficialOf(row.municipality());
    if (status == null || !STATUSES.contains(status)) {
      throw ProblemException.invalid(
          "Fel status. (Wrong status.)",
          List.of(
              new Problem.Violation(
                  "status", "Ska vara seen eller acted. (Must be seen or acted.)")));
    }
    flags.changeStatus(id, status, caller.name(), Instant.now());
    return Flag.of(flags.findById(id).orElseThrow());
  }
}
