package se.hord.survey.sms.contact;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes kept phone numbers once their retention (hord.sms.number-retention) has passed. */
@Singleton
class NumberRetention {
  private static final Logger LOG = LoggerFactory.getLogger(NumberRetention.class);
  private final Contacts contacts;
  private final SmsSettings settings;

  NumberRetention(Contacts contacts, SmsSettings settings) {
    this.contacts = contacts;
    this.settings = settings;
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "1m")
  void forgetExpired() {
    if (settings.getHashKey().isBlank()) {
      return;
    }
    int forgotten = contacts.forgetExpiredNumbers();
    if (forgotten > 0) {
      LOG.info("Deleted {} phone numbers whose retention had passed", forgotten);
    }
  }
}
