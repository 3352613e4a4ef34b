package se.hord.survey.sms.outbound;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import se.hord.survey.sms.contact.Contacts;

/** Applies Twilio's status callbacks to the outbox: what became of a message after it was sent. */
@Singleton
class DeliveryReports {
  private final OutboxRepository outbox;
  private final Contacts contacts;

  DeliveryReports(OutboxRepository outbox, Contacts contacts) {
    this.outbox = outbox;
    this.contacts = contacts;
  }

  /**
   * Records Twilio's MessageStatus for the message with this MessageSid; false when no such message
   * was sent from here. Only final states are stored (delivered, undelivered, failed), so a late
   * "queued" or "sent" never undoes a "delivered".
   */
  @Transactional
  boolean track(String messageSid, String twilioStatus, @Nullable Integer errorCode) {
    Optional<OutboxRow> row = outbox.findByTwilioSid(messageSid);
    if (row.isEmpty()) {
      return false;
    }
    String status = ours(twilioStatus);
    if (status != null) {
      outbox.track(messageSid, status, errorCode);
    }
    if (errorCode != null && errorCode == 21610) {
      contacts.optOut(row.get().phoneHash());
    } else if (errorCode != null && errorCode == 21211) {
      contacts.markInvalid(row.get().phoneHash());
    }
    return true;
  }

  private static @Nullable String ours(String twilioStatus) {
    return switch (twilioStatus.toLowerCase(Locale.ROOT)) {
      case "delivered", "read" -> OutboxStatus.DELIVERED;
      case "undelivered" -> OutboxStatus.UNDELIVERED;
      case "failed", "canceled" -> OutboxStatus.FAILED;
      default -> null;
    };
  }
}
