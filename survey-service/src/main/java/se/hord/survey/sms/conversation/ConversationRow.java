package se.hord.survey.sms.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;

/**
 * One SMS conversation: the survey, its state, the question being asked, how many tries that
 * question has had, and the answers so far as JSON. {@code lastActivityAt} (UTC) is only for
 * expiring idle conversations.
 */
@MappedEntity("sms_conversation")
record ConversationRow(
    @Id @GeneratedValue @Nullable Long id,
    String phoneHash,
    long surveyId,
    String state,
    @Nullable String questionKey,
    int attempts,
    String answers,
    LocalDateTime lastActivityAt) {

  /** Asking the question {@code questionKey}. */
  static final String ASKING = "asking";

  /** Back after a pause: asked whether to go on or start over. */
  static final String CHOOSING = "choosing";

  /** Answers stored; asked whether they want to hear back. */
  static final String THANKED = "thanked";

  ConversationRow with(String newState, @Nullable String key, int tries, String json) {
    return new ConversationRow(id, phoneHash, surveyId, newState, key, tries, json, lastActivityAt);
  }

  ConversationRow touched(LocalDateTime now) {
    return new ConversationRow(id, phoneHash, surveyId, state, questionKey, attempts, answers, now);
  }
}
