package se.hord.survey.sms.conversation;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.Survey;
import se.hord.survey.definition.SurveyStatus;
import se.hord.survey.response.Answers;
import se.hord.survey.response.ResponseService;
import se.hord.survey.sms.contact.Contacts;

/**
 * Walks one young person through a survey by SMS: one question a message, skip logic as on the web,
 * an unclear answer asked again with a hint (then skipped if optional), and at the end one response
 * with channel "sms" stored through {@link ResponseService}. Runs inside the caller's transaction.
 */
@Singleton
class Interview {
  private final ConversationRepository conversations;
  private final ResponseService responses;
  private final Contacts contacts;
  private final JsonMapper json;

  Interview(
      ConversationRepository conversations,
      ResponseService responses,
      Contacts contacts,
      JsonMapper json) {
    this.conversations = conversations;
    this.responses = responses;
    this.contacts = contacts;
    this.json = json;
  }

  /** Starts the survey from its first question; any earlier conversation of this number ends. */
  List<String> start(String phoneNumber, String phoneHash, Survey survey, LocalDateTime now) {
    conversations.deleteByPhoneHash(phoneHash);
    contacts.keepNumber(phoneNumber, Contacts.CONVERSATION);
    ConversationRow row =
        conversations.save(
            new ConversationRow(
                null, phoneHash, survey.id(), ConversationRow.ASKING, null, 0, "{}", now));
    List<String> replies = new ArrayList<>(List.of(Replies.welcome(survey)));
    replies.addAll(advance(row, survey, new LinkedHashMap<>(), now));
    return replies;
  }

  /** Takes the message as the answer to the question being asked. */
  List<String> answer(ConversationRow row, Survey survey, String message, LocalDateTime now) {
    Map<String, Object> answers = read(row.answers());
    Question question = survey.definition().question(row.questionKey()).orElse(null);
    if (question == null) {
      return advance(row, survey, answers, now);
    }
    boolean skip = Commands.isSkip(message);
    if (skip && !question.isRequired()) {
      return advance(row, survey, answers, now);
    }
    Optional<Object> value = skip ? Optional.empty() : SmsAnswers.read(question, message);
    if (value.isPresent()) {
      answers.put(question.key(), value.get());
      return advance(row, survey, answers, now);
    }
    int attempts = row.attempts() + 1;
    if (attempts >= 2 && !question.isRequired()) {
      List<String> replies = new ArrayList<>(List.of(Replies.SKIPPED));
      replies.addAll(advance(row, survey, answers, now));
      return replies;
    }
    conversations.update(
        row.with(ConversationRow.ASKING, question.key(), attempts, row.answers()).touched(now));
    return List.of(Prompts.hint(question), Prompts.ask(question));
  }

  /** After a pause: go on where they were, or start over, as they choose. */
  List<String> choose(ConversationRow row, Survey survey, String message, LocalDateTime now) {
    if (Commands.isResume(message)) {
      Question question = survey.definition().question(row.questionKey()).orElse(null);
      if (question != null) {
        conversations.update(
            row.with(ConversationRow.ASKING, question.key(), 0, row.answers()).touched(now));
        return List.of(Prompts.ask(question));
      }
      return advance(row, survey, read(row.answers()), now);
    }
    if (Commands.isRestart(message)) {
      return advance(row.with(ConversationRow.ASKING, null, 0, "{}"), survey, read("{}"), now);
    }
    conversations.update(row.touched(now));
    return List.of(Replies.CHOOSE);
  }

  /** Back after the conversation went idle: offer to go on, or just begin if nothing was said. */
  List<String> offerResume(ConversationRow row, Survey survey, LocalDateTime now) {
    if (read(row.answers()).isEmpty()) {
      List<String> replies = new ArrayList<>(List.of(Replies.welcome(survey)));
      replies.addAll(
          advance(row.with(ConversationRow.ASKING, null, 0, "{}"), survey, read("{}"), now));
      return replies;
    }
    conversations.update(
        row.with(ConversationRow.CHOOSING, row.questionKey(), 0, row.answers()).touched(now));
    return List.of(Replies.WELCOME_BACK);
  }

  /** JA or NEJ to hearing back; empty when the message is neither. */
  Optional<List<String>> feedbackWish(ConversationRow row, String message) {
    if (Commands.isYes(message)) {
      contacts.optInToFeedback(row.phoneHash(), row.surveyId());
      conversations.delete(row);
      return Optional.of(List.of(Replies.FEEDBACK_YES));
    }
    if (Commands.isNo(message)) {
      end(row);
      return Optional.of(List.of(Replies.FEEDBACK_NO));
    }
    return Optional.empty();
  }

  /** The question being asked, asked again (after HJÄLP). */
  Optional<String> current(ConversationRow row, Survey survey) {
    if (!ConversationRow.ASKING.equals(row.state()) || row.questionKey() == null) {
      return Optional.empty();
    }
    return survey.definition().question(row.questionKey()).map(Prompts::ask);
  }

  /** Ends the conversation; the number goes too unless they asked to hear back. */
  void end(ConversationRow row) {
    conversations.delete(row);
    contacts.forgetNumberUnlessWanted(row.phoneHash());
  }

  /** True while the survey takes answers. */
  static boolean open(Survey survey) {
    return SurveyStatus.PUBLISHED.equals(survey.status());
  }

  private List<String> advance(
      ConversationRow row, Survey survey, Map<String, Object> answers, LocalDateTime now) {
    Optional<Question> next = next(survey, row.questionKey(), answers);
    if (next.isEmpty()) {
      return finish(row, survey, answers, now);
    }
    conversations.update(
        row.with(ConversationRow.ASKING, next.get().key(), 0, write(answers)).touched(now));
    return List.of(Prompts.ask(next.get()));
  }

  private List<String> finish(
      ConversationRow row, Survey survey, Map<String, Object> answers, LocalDateTime now) {
    String body = write(answers);
    responses.submitWithin(survey.id(), "sms-conversation-" + row.id(), body, answers, "sms");
    conversations.update(row.with(ConversationRow.THANKED, null, 0, "{}").touched(now));
    return Replies.THANKS;
  }

  /** The first question after {@code afterKey} (or the first of all) that skip logic shows. */
  private static Optional<Question> next(
      Survey survey, String afterKey, Map<String, Object> answers) {
    boolean passed = afterKey == null;
    for (Question question : survey.definition().questionList()) {
      if (!passed) {
        passed = question.key().equals(afterKey);
        continue;
      }
      if (Answers.shown(question, answers)) {
        return Optional.of(question);
      }
    }
    return Optional.empty();
  }

  private Map<String, Object> read(String answers) {
    try {
      Map<String, Object> stored =
          json.readValue(answers, Argument.mapOf(String.class, Object.class));
      return new LinkedHashMap<>(stored == null ? Map.of() : stored);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(Map<String, Object> answers) {
    try {
      return json.writeValueAsString(answers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
