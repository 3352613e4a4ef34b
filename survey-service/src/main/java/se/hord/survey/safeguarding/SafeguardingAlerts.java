package se.hord.survey.safeguarding;

import io.micronaut.context.annotation.Property;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import se.hord.survey.account.UserService;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.outbound.Outbox;

/**
 * Texts the designated safeguarding officials of a municipality that a new flag waits in Hörd: one
 * SMS each through the outbox, at most one per official and flag (purpose {@code
 * safeguarding:<flagId>}), so a repeated request queues nothing more. The text has a link and
 * nothing about the flag: no quote, no category, no name.
 */
@Singleton
public class SafeguardingAlerts {
  static final String PURPOSE = "safeguarding:";
  private final UserService users;
  private final Contacts contacts;
  private final Outbox outbox;
  private final String link;

  SafeguardingAlerts(
      UserService users,
      Contacts contacts,
      Outbox outbox,
      @Property(name = "hord.links.analysis") String analysis) {
    this.users = users;
    this.contacts = contacts;
    this.outbox = outbox;
    this.link = analysis.replaceAll("/+$", "") + "/safeguarding";
  }

  /** The SMS every alert sends. */
  String body() {
    return "Det finns en ny flagga att titta på i Hörd: " + link;
  }

  /** Queues the alert to each designated official with a phone; in one transaction. */
  @Transactional
  public SafeguardingAlertRequest.Accepted alert(String municipality, long flagId) {
    List<String> phones = users.safeguardingPhones(municipality);
    int queued = 0;
    for (String phone : phones) {
      contacts.keepNumber(phone, "safeguarding");
      if (outbox.enqueue(contacts.hash(phone), body(), PURPOSE + flagId)) {
        queued++;
      }
    }
    return new SafeguardingAlertRequest.Accepted(flagId, phones.size(), queued);
  }
}
