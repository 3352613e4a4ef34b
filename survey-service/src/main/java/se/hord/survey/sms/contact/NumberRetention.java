package se.hord.survey.sms.contact;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes kept contact details of every kind ({@link ExpiringContacts}) once their retention
 * (hord.sms.number-retention) has passed.
 */
@Singleton
class NumberRetention {
  private static final Logger LOG = LoggerFactory.getLogger(NumberRetention.class);
  private final List<ExpiringContacts> contacts;
  private final SmsSettings settings;

  NumberRetention(List<ExpiringContacts> contacts, SmsSettings settings) {
    this.contacts = contacts;
    this.settings = settings;
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "1m")
  void forgetExpired() {
    if (settings.getHashKey().isBlank()) {
      return;
    }
    for (ExpiringContacts kind : contacts) {
      int forgotten = kind.forgetExpired();
      if (forgotten > 0) {
        LOG.info("Deleted {} {} whose retention had passed", forgotten, kind.what());
      }
    }
  }
}
