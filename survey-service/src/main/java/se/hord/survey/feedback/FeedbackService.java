package se.hord.survey.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.hord.platform.security.Caller;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.email.EmailContacts;
import se.hord.survey.email.EmailOutbox;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.conversation.Gsm7;
import se.hord.survey.sms.outbound.Outbox;
import se.hord.survey.sms.outbound.OutboxStatus;

/**
 * Feedback (återkoppling): an official's "what happened next" message, sent by SMS to those who
 * took part by SMS or asked to hear back, and shown on the survey's public page.
 */
@Singleton
public class FeedbackService {
  private final SurveyService surveys;
  private final Contacts contacts;
  private final FeedbackStore store;
  private final FeedbackRepository feedback;
  private final Outbox outbox;
  private final EmailContacts emails;
  private final EmailOutbox emailOutbox;

  FeedbackService(
      SurveyService surveys,
      Contacts contacts,
      FeedbackStore store,
      FeedbackRepository feedback,
      Outbox outbox,
      EmailContacts emails,
      EmailOutbox emailOutbox) {
    this.surveys = surveys;
    this.contacts = contacts;
    this.store = store;
    this.feedback = feedback;
    this.outbox = outbox;
    this.emails = emails;
    this.emailOutbox = emailOutbox;
  }

  /** How many would get the message and how many SMS it takes; nothing is sent. */
  public FeedbackViews.Preview preview(Caller caller, long surveyId, FeedbackRequest request) {
    request.checked();
    surveys.detail(caller, surveyId);
    String body = request.smsBody();
    int segments = Gsm7.segments(body);
    String warning =
        segments > 1
            ? "Meddelandet blir "
                + segments
                + " sms per mottagare. Kortare text blir ett sms. (The message takes "
                + segments
                + " SMS per recipient. A shorter text fits in one.)"
            : null;
    return new FeedbackViews.Preview(
        contacts.feedbackRecipients(surveyId).size(),
        emails.feedbackRecipients(surveyId).size(),
        body.length(),
        segments,
        Gsm7.encoding(body),
        warning);
  }

  /**
   * Stores the message, shows it on the survey's page and queues one SMS per phone recipient and
   * one e-mail per address left on the thank-you page (the answer's counts are the SMS ones; the
   * listing's progress counts both). The message, its SMS and its e-mails commit together: a crash
   * cannot leave a recorded message with its e-mails never queued.
   */
  @Transactional
  public FeedbackViews.Sent send(
      Caller caller, long surveyId, FeedbackRequest request, @Nullable String idempotencyKey) {
    request.checked();
    surveys.detail(caller, surveyId);
    List<String> recipients = contacts.feedbackRecipients(surveyId);
    FeedbackViews.Sent sent =
        store.record(surveyId, null, request, recipients, caller.name(), idempotencyKey);
    emailOutbox.enqueueAll(
        emails.feedbackRecipients(surveyId).stream().map(EmailContacts.Recipient::hash).toList(),
        EMAIL_SUBJECT,
        request.smsBody() + EMAIL_FOOTER,
        "feedback:" + sent.id());
    return sent;
  }

  private static final String EMAIL_SUBJECT =
      "Nytt om enkäten du svarade på (News about the survey you answered)";
  private static final String EMAIL_FOOTER =
      "\n\n--\nDu får det här för att du lämnade din e-postadress efter enkäten. Adressen sparas"
          + " inte ihop med dina svar och raderas efter en tid.\n(You get this because you left"
          + " your e-mail address after the survey. It is not stored with your answers and is"
          + " deleted after a while.)";

  /** Sends a dialogue's feedback to these phone hashes (asked by dialogue-service). */
  public FeedbackViews.Sent sendForDialogue(
      String dialogueId,
      FeedbackRequest request,
      List<String> phoneHashes,
      String service,
      @Nullable String idempotencyKey) {
    request.checked();
    return store.record(
        null, dialogueId, request, new LinkedHashSet<>(phoneHashes), service, idempotencyKey);
  }

  /** The survey's feedback messages, newest first, each with its sending progress. */
  public FeedbackViews.Listing list(Caller caller, long surveyId) {
    surveys.detail(caller, surveyId);
    return new FeedbackViews.Listing(rows(surveyId).stream().map(this::item).toList());
  }

  /** The newest feedback of the survey at this web address, for its public pages. */
  @Transactional(readOnly = true)
  public Optional<FeedbackRow> latest(String slug) {
    return feedback.latestBySlug(slug);
  }

  @Transactional(readOnly = true)
  List<FeedbackRow> rows(long surveyId) {
    return feedback.findBySurveyIdOrderByIdDesc(surveyId);
  }

  FeedbackViews.Item item(FeedbackRow row) {
    Map<String, String> message = new LinkedHashMap<>();
    message.put("sv", row.messageSv());
    if (row.messageEn() != null) {
      message.put("en", row.messageEn());
    }
    return new FeedbackViews.Item(
        row.id(),
        message,
        row.createdBy(),
        row.createdAt().toInstant(ZoneOffset.UTC),
        row.recipients(),
        progress(both(outbox.progress(row.purpose()), emailOutbox.progress(row.purpose()))));
  }

  static FeedbackViews.Progress progress(Map<String, Long> byStatus) {
    long queued = count(byStatus, OutboxStatus.QUEUED, OutboxStatus.SENDING);
    return new FeedbackViews.Progress(
        queued,
        count(byStatus, OutboxStatus.SENT),
        count(byStatus, OutboxStatus.DELIVERED),
        count(byStatus, OutboxStatus.FAILED, OutboxStatus.UNDELIVERED, OutboxStatus.UNKNOWN),
        count(byStatus, OutboxStatus.SKIPPED_OPTED_OUT, OutboxStatus.INVALID),
        count(byStatus, OutboxStatus.SIMULATED),
        queued == 0,
        byStatus);
  }

  /** SMS and e-mail counts per state, added up. */
  static Map<String, Long> both(Map<String, Long> sms, Map<String, Long> email) {
    Map<String, Long> all = new java.util.TreeMap<>(sms);
    email.forEach((status, n) -> all.merge(status, n, Long::sum));
    return all;
  }

  private static long count(Map<String, Long> byStatus, String... statuses) {
    long sum = 0;
    for (String status : statuses) {
      sum += byStatus.getOrDefault(status, 0L);
    }
    return sum;
  }
}
