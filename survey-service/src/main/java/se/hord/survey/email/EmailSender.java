package se.hord.survey.email;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.survey.sms.contact.NumberCipher;
import se.hord.survey.sms.outbound.OutboxStatus;

/**
 * Sends the e-mail outbox every few seconds: each due e-mail is committed as "sending" first (SKIP
 * LOCKED between instances), then sent over SMTP. A failure that may pass is retried with a
 * doubling delay (30 s, 1 min, … at most 5 attempts); an address the server refuses fails at once.
 * A claim left "sending" by an instance that stopped is marked unknown after 10 minutes, not
 * resent. Without an SMTP host every e-mail is recorded as "simulated".
 */
@Singleton
public class EmailSender {
  private static final Logger LOG = LoggerFactory.getLogger(EmailSender.class);
  private static final int BATCH = 50;
  private static final int MAX_ATTEMPTS = 5;
  private static final long RETRY_BASE_MILLIS = 30_000;
  private static final long LEASE_MILLIS = 10 * 60_000;

  private final EmailOutbox outbox;
  private final EmailContactRepository contacts;
  private final NumberCipher cipher;
  private final SmtpMailer mailer;
  private final SmtpSettings settings;

  EmailSender(
      EmailOutbox outbox,
      EmailContactRepository contacts,
      NumberCipher cipher,
      SmtpMailer mailer,
      SmtpSettings settings) {
    this.outbox = outbox;
    this.contacts = contacts;
    this.cipher = cipher;
    this.mailer = mailer;
    this.settings = settings;
  }

  @Scheduled(fixedDelay = "5s", initialDelay = "10s")
  void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.error("E-mail sender round failed; trying again next round", e);
    }
  }

  /** One round: claims what is due and sends it; how many it handled. */
  public synchronized int tick() {
    int expired = outbox.expireClaims();
    if (expired > 0) {
      LOG.warn(
          "{} e-mails claimed before a stop have an unknown outcome and are not resent", expired);
    }
    List<EmailOutboxRow> claimed = outbox.claim(BATCH, LEASE_MILLIS);
    if (claimed.isEmpty()) {
      return 0;
    }
    Map<String, String> addresses =
        contacts
            .findByEmailHashIn(claimed.stream().map(EmailOutboxRow::emailHash).toList())
            .stream()
            .collect(Collectors.toMap(EmailContactRow::emailHash, EmailContactRow::emailEncrypted));
    claimed.forEach(row -> deliver(row, addresses.get(row.emailHash())));
    return claimed.size();
  }

  private void deliver(EmailOutboxRow row, String sealedAddress) {
    if (sealedAddress == null) {
      outbox.finish(
          row.id(), OutboxStatus.FAILED, "Adressen sparas inte längre (address not kept)");
      return;
    }
    if (!settings.isConfigured()) {
      outbox.finish(row.id(), OutboxStatus.SIMULATED, null);
      return;
    }
    int attempt = row.attempts() + 1;
    try {
      mailer.send(cipher.decrypt(sealedAddress), row.subject(), row.body());
      outbox.finish(row.id(), OutboxStatus.SENT, null);
      LOG.info("E-mail {} ({}) handed to the SMTP server", row.id(), row.purpose());
    } catch (SendFailedException refused) {
      outbox.finish(row.id(), OutboxStatus.FAILED, "SMTP refused: " + refused.getMessage());
      LOG.warn("E-mail {} refused by the SMTP server: {}", row.id(), refused.getMessage());
    } catch (MessagingException | RuntimeException e) {
      if (attempt >= MAX_ATTEMPTS) {
        outbox.finish(row.id(), OutboxStatus.FAILED, "SMTP: " + e.getMessage());
        LOG.warn("E-mail {} failed after {} attempts: {}", row.id(), attempt, e.toString());
      } else {
        outbox.retryLater(row.id(), "SMTP: " + e.getMessage(), RETRY_BASE_MILLIS << (attempt - 1));
        LOG.info("E-mail {} attempt {} deferred: {}", row.id(), attempt, e.toString());
      }
    }
  }
}
