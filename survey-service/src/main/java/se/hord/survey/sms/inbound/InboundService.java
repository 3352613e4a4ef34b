package se.hord.survey.sms.inbound;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import se.hord.platform.db.Deadlocks;

/**
 * Store first, answer second: an inbound SMS and everything it changes commit together with the
 * replies, before they are sent back; the same MessageSid again gets the stored replies.
 */
@Singleton
public class InboundService {
  private final InboundLog log;

  InboundService(InboundLog log) {
    this.log = log;
  }

  /** The replies to this message; processed once per MessageSid. */
  public List<String> receive(String messageSid, String from, String body) {
    Optional<List<String>> earlier = log.stored(messageSid);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      // Two phones starting at once can deadlock on index gaps; InnoDB rolls one back whole.
      return Deadlocks.retry(() -> log.process(messageSid, from, body));
    } catch (DataAccessException duplicate) {
      // The same MessageSid arrived twice at once; the other delivery committed first.
      return log.stored(messageSid).orElseThrow(() -> duplicate);
    }
  }
}
