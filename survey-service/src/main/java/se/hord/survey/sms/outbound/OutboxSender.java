package se.hord.survey.sms.outbound;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.outbound.SmsGateway.SendOutcome;
import se.hord.survey.sms.twilio.TwilioSettings;

/**
 * Sends the outbox, one tick at a time on one thread of this instance (several instances may run:
 * each claims with SKIP LOCKED). At most once: a message is committed as "sending" before Twilio is
 * called, so a restart never sends it again; on shutdown the tick in progress is finished first,
 * and a claim left behind by a crash is marked unknown, not resent.
 */
@Singleton
public class OutboxSender {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int SIMULATED_BATCH = 100;
  private static final int INVALID_NUMBER = 21211;
  private static final int UNSUBSCRIBED = 21610;

  private final OutboxLedger ledger;
  private final SmsGateway gateway;
  private final Contacts contacts;
  private final TwilioSettings twilio;
  private final SenderSettings settings;
  private ScheduledExecutorService executor;

  OutboxSender(
      OutboxLedger ledger,
      SmsGateway gateway,
      Contacts contacts,
      TwilioSettings twilio,
      SenderSettings settings) {
    this.ledger = ledger;
    this.gateway = gateway;
    this.contacts = contacts;
    this.twilio = twilio;
    this.settings = settings;
  }

  @EventListener
  void start(StartupEvent event) {
    if (!settings.isSenderEnabled()) {
      return;
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("sms-outbox").daemon().unstarted(r));
    long every = settings.getSendInterval().toMillis();
    executor.scheduleWithFixedDelay(this::tickSafely, every, every, TimeUnit.MILLISECONDS);
  }

  /** Lets the tick in progress finish (its results recorded) before the database goes away. */
  @PreDestroy
  void stop() throws InterruptedException {
    if (executor != null) {
      executor.shutdown();
      if (!executor.awaitTermination(
          settings.getSendingLease().toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("SMS sender did not stop in time; its claimed messages will count as unknown");
      }
    }
  }

  /** One round: claims what is due (within the rate limit) and sends it; how many it handled. */
  public synchronized int tick() {
    int expired = ledger.expireClaims();
    if (expired > 0) {
      LOG.warn("{} SMS claimed before a stop have an unknown outcome and are not resent", expired);
    }
    long lease = settings.getSendingLease().toMillis();
    List<OutboxRow> claimed =
        twilio.isConfigured()
            ? ledger.claim(sender(), settings.perTick(), settings.millisPerMessage(), lease)
            : ledger.claim(null, SIMULATED_BATCH, 0, lease);
    claimed.forEach(this::deliver);
    return claimed.size();
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.error("SMS sender round failed; trying again next round", e);
    }
  }

  private void deliver(OutboxRow row) {
    long id = row.id();
    int attempt = row.attempts() + 1;
    Optional<String> number;
    try {
      if (contacts.isOptedOut(row.phoneHash())) {
        ledger.finish(id, OutboxStatus.SKIPPED_OPTED_OUT, null, null);
        return;
      }
      if (contacts.isInvalid(row.phoneHash())) {
        ledger.finish(id, OutboxStatus.INVALID, INVALID_NUMBER, "Ogiltigt nummer (invalid number)");
        return;
      }
      if (!twilio.isConfigured()) {
        ledger.finish(id, OutboxStatus.SIMULATED, null, null);
        return;
      }
      number = contacts.number(row.phoneHash());
    } catch (RuntimeException e) {
      LOG.warn("SMS {} not sent now, checks failed: {}", id, e.toString());
      ledger.retryLater(id, null, backoff(attempt));
      return;
    }
    if (number.isEmpty()) {
      ledger.finish(id, OutboxStatus.FAILED, null, "Numret sparas inte längre (number not kept)");
      return;
    }
    record(row, attempt, gateway.send(number.get(), row.body()));
  }

  private void record(OutboxRow row, int attempt, SendOutcome outcome) {
    long id = row.id();
    switch (outcome) {
      case SendOutcome.Accepted accepted -> {
        ledger.sent(id, accepted.sid());
        LOG.info("SMS {} ({}) handed to Twilio as {}", id, row.purpose(), accepted.sid());
      }
      case SendOutcome.TryLater later -> {
        if (attempt >= settings.getMaxAttempts()) {
          ledger.finish(id, OutboxStatus.FAILED, later.errorCode(), later.why());
          LOG.warn("SMS {} failed after {} attempts: {}", id, attempt, later.why());
        } else {
          ledger.retryLater(id, later.errorCode(), backoff(attempt));
          LOG.info("SMS {} attempt {} deferred: {}", id, attempt, later.why());
        }
      }
      case SendOutcome.Refused refused -> {
        Integer code = refused.errorCode();
        if (code != null && code == INVALID_NUMBER) {
          contacts.markInvalid(row.phoneHash());
        } else if (code != null && code == UNSUBSCRIBED) {
          contacts.optOut(row.phoneHash());
        }
        ledger.finish(id, OutboxStatus.FAILED, code, refused.why());
        LOG.warn("SMS {} refused by Twilio: {}", id, refused.why());
      }
      case SendOutcome.Unknown unknown -> {
        ledger.finish(id, OutboxStatus.UNKNOWN, null, unknown.why());
        LOG.warn("SMS {} outcome unknown, not resent: {}", id, unknown.why());
      }
    }
  }

  /** Exponential: the base, then twice as long each attempt, never longer than the maximum. */
  long backoff(int attempt) {
    long base = settings.getRetryBase().toMillis();
    long delay = base << Math.min(attempt - 1, 20);
    return Math.min(delay, settings.getRetryMax().toMillis());
  }

  private String sender() {
    return twilio.getMessagingServiceSid().isBlank()
        ? twilio.getFrom()
        : twilio.getMessagingServiceSid();
  }
}
