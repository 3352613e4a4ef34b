package se.hord.survey.email;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.survey.sms.contact.SmsSettings;

/** Deletes kept e-mail addresses once the number retention has passed (hourly). */
@Singleton
class EmailRetention {
  private static final Logger LOG = LoggerFactory.getLogger(EmailRetention.class);
  private final EmailContacts contacts;
  private final SmsSettings settings;

  EmailRetention(EmailContacts contacts, SmsSettings settings) {
    this.contacts = contacts;
    this.settings = settings;
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "1m")
  void forgetExpired() {
    if (settings.getHashKey().isBlank()) {
      return;
    }
    int forgotten = contacts.forgetExpired();
    if (forgotten > 0) {
      LOG.info("Deleted {} e-mail addresses whose retention had passed", forgotten);
    }
  }
}
