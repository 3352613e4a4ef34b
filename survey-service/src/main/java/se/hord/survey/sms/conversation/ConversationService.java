package se.hord.survey.sms.conversation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.hord.survey.definition.Survey;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.contact.SmsSettings;

/**
 * Answers one incoming SMS: STOPP/HJÄLP/START at any point, a survey's keyword starts it, and
 * otherwise the message goes to the open conversation. The same for Twilio's webhook and the
 * /dev/sms simulator. The replies are the texts to send back (none after STOPP).
 */
@Singleton
public class ConversationService {
  private final ConversationRepository conversations;
  private final SurveyService surveys;
  private final Contacts contacts;
  private final Interview interview;
  private final SmsSettings settings;

  ConversationService(
      ConversationRepository conversations,
      SurveyService surveys,
      Contacts contacts,
      Interview interview,
      SmsSettings settings) {
    this.conversations = conversations;
    this.surveys = surveys;
    this.contacts = contacts;
    this.interview = interview;
    this.settings = settings;
  }

  /**
   * The replies to this message from this number, with every change it makes, in one go. Messages
   * from one phone are handled one at a time (the phone's contact row is locked first), so two
   * arriving at once each move the conversation on by one step.
   */
  @Transactional
  public List<String> handle(String phoneNumber, String message) {
    String phoneHash = contacts.hash(phoneNumber);
    contacts.lock(phoneHash);
    String text = message == null ? "" : message;
    Optional<ConversationRow> open = conversations.findFirstByPhoneHashOrderByIdDesc(phoneHash);
    Optional<Commands.Command> command = Commands.of(text);
    if (command.isPresent()) {
      return obey(command.get(), phoneHash, open);
    }
    if (contacts.isOptedOut(phoneHash)) {
      return List.of();
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    if (open.isPresent()) {
      Optional<List<String>> replies = continueWith(open.get(), phoneNumber, text, now);
      if (replies.isPresent()) {
        return replies.get();
      }
    }
    return surveys
        .publishedWithKeyword(Commands.bare(text))
        .map(survey -> interview.start(phoneNumber, phoneHash, survey, now))
        .orElse(List.of(Replies.UNKNOWN));
  }

  private Optional<List<String>> continueWith(
      ConversationRow row, String phoneNumber, String text, LocalDateTime now) {
    Survey survey = surveys.find(row.surveyId()).filter(Interview::open).orElse(null);
    if (survey == null) {
      interview.end(row);
      return Optional.of(List.of(Replies.CLOSED));
    }
    boolean idle = row.lastActivityAt().isBefore(now.minus(settings.getConversationTimeout()));
    if (ConversationRow.THANKED.equals(row.state())) {
      Optional<List<String>> wish = idle ? Optional.empty() : interview.feedbackWish(row, text);
      if (wish.isEmpty()) {
        interview.end(row);
      }
      return wish;
    }
    if (!idle) {
      return Optional.of(
          ConversationRow.CHOOSING.equals(row.state())
              ? interview.choose(row, survey, text, now)
              : interview.answer(row, survey, text, now));
    }
    Optional<Survey> other =
        surveys.publishedWithKeyword(Commands.bare(text)).filter(s -> s.id() != row.surveyId());
    if (other.isPresent()) {
      interview.end(row);
      return Optional.of(interview.start(phoneNumber, row.phoneHash(), other.get(), now));
    }
    return Optional.of(interview.offerResume(row, survey, now));
  }

  private List<String> obey(
      Commands.Command command, String phoneHash, Optional<ConversationRow> open) {
    return switch (command.kind()) {
      case STOP -> {
        contacts.optOut(phoneHash);
        open.ifPresent(conversations::delete);
        contacts.forgetNumber(phoneHash);
        yield List.of(Replies.stopped(command.english()));
      }
      case START -> {
        contacts.optIn(phoneHash);
        yield List.of(Replies.started(command.english()));
      }
      case HELP -> {
        Survey survey = open.flatMap(row -> surveys.find(row.surveyId())).orElse(null);
        List<String> replies = new ArrayList<>(List.of(Replies.help(survey, command.english())));
        if (survey != null && !contacts.isOptedOut(phoneHash)) {
          interview.current(open.get(), survey).ifPresent(replies::add);
        }
        yield replies;
      }
    };
  }
}
