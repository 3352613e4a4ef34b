package se.hord.survey.sms.inbound;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import se.hord.platform.db.GroupCommit;

/**
 * Store first, answer second: an inbound SMS and everything it changes commit together with the
 * replies, before they are sent back; the same MessageSid again gets the stored replies. Messages
 * that arrive at the same moment are committed together ({@link GroupCommit}).
 */
@Singleton
public class InboundService {
  private final InboundLog log;
  private final GroupCommit group;

  InboundService(InboundLog log, GroupCommit group) {
    this.log = log;
    this.group = group;
  }

  /** The replies to this message; processed once per MessageSid. */
  public List<String> receive(String messageSid, String from, String body) {
    Optional<List<String>> earlier = log.stored(messageSid);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      // Messages arriving together share one transaction (and one fsync), one batch at a time:
      // phones starting conversations in parallel batches would deadlock on the same index gaps.
      return group.runSerially(() -> log.process(messageSid, from, body));
    } catch (DataAccessException duplicate) {
      // The same MessageSid arrived twice at once; the other delivery committed first.
      return log.stored(messageSid).orElseThrow(() -> duplicate);
    }
  }
}
