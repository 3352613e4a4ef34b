package se.hord.survey.sms.conversation;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import se.hord.survey.sms.contact.SmsSettings;

/** Deletes conversations left unfinished for longer than the number retention, answers and all. */
@Singleton
class ConversationCleanup {
  private final ConversationRepository conversations;
  private final SmsSettings settings;

  ConversationCleanup(ConversationRepository conversations, SmsSettings settings) {
    this.conversations = conversations;
    this.settings = settings;
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "2m")
  @Transactional
  void deleteAbandoned() {
    conversations.deleteIdleSince(
        LocalDateTime.now(ZoneOffset.UTC).minus(settings.getNumberRetention()));
  }
}
