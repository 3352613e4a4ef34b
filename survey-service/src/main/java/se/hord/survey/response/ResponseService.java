package se.hord.survey.response;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hord.platform.db.GroupCommit;
import se.hord.platform.feed.Feed;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.definition.Survey;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.definition.SurveyStatus;

/**
 * Stores a response exactly once per Idempotency-Key, together with its feed items, in one
 * transaction: when the caller hears "stored", the answer and its feed items are committed.
 * Responses that arrive together are committed together (group commit: one fsync, one turn at the
 * feed's position lock), which is what lets many young people answer at once.
 */
@Singleton
public class ResponseService {
  /** The channels an answer can come through. */
  public static final Set<String> CHANNELS = Set.of("web", "sms", "paper");

  private final SurveyService surveys;
  private final ResponseWriter writer;
  private final Idempotency idempotency;
  private final Feed feed;
  private final JsonMapper json;
  private final GroupCommit group;

  public ResponseService(
      SurveyService surveys,
      ResponseWriter writer,
      Idempotency idempotency,
      Feed feed,
      JsonMapper json,
      GroupCommit group) {
    this.surveys = surveys;
    this.writer = writer;
    this.idempotency = idempotency;
    this.feed = feed;
    this.json = json;
    this.group = group;
  }

  /**
   * Checks and stores one response to an open survey. The write shares a transaction with other
   * responses arriving at the same moment ({@link GroupCommit}); the answer comes once it is
   * committed.
   *
   * @param fingerprint a stable rendering of the request, to catch a key reused for another one
   */
  public Idempotency.Outcome<Receipt> submit(
      long surveyId, String key, String fingerprint, Map<String, Object> answers, String channel) {
    return submit(surveyId, key, fingerprint, answers, channel, null);
  }

  /** As {@link #submit(long, String, String, Map, String)}, with the respondent's age band. */
  public Idempotency.Outcome<Receipt> submit(
      long surveyId,
      String key,
      String fingerprint,
      Map<String, Object> answers,
      String channel,
      String ageBand) {
    Checked checked = check(surveyId, key, answers, channel);
    return group.run(() -> store(checked, key, fingerprint, ageBand));
  }

  /** As {@link #submit}, inside the caller's transaction (an SMS conversation that finishes). */
  @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
  public Idempotency.Outcome<Receipt> submitWithin(
      long surveyId, String key, String fingerprint, Map<String, Object> answers, String channel) {
    return store(check(surveyId, key, answers, channel), key, fingerprint, null);
  }

  private record Checked(Survey survey, String channel, Map<String, Object> answers) {}

  private Checked check(long surveyId, String key, Map<String, Object> answers, String channel) {
    Idempotency.checkKey(key);
    Survey survey =
        surveys
            .find(surveyId)
            .orElseThrow(
                () ->
                    ProblemException.notFound("Enkäten finns inte. (The survey does not exist.)"));
    requireOpen(survey);
    String via = channel == null ? "web" : channel;
    CheckedAnswers checked = AnswerValidator.check(survey.definition(), answers);
    List<Violation> problems = new java.util.ArrayList<>(checked.problems());
    if (!CHANNELS.contains(via)) {
      problems.add(
          new Violation(
              "channel",
              "Kanalen ska vara web, sms eller paper. (Channel must be web," + " sms or paper.)"));
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(
          "Några svar behöver rättas, se listan. (Some answers need fixing, see the list.)",
          problems);
    }
    return new Checked(survey, via, checked.answers());
  }

  private Idempotency.Outcome<Receipt> store(
      Checked checked, String key, String fingerprint, String ageBand) {
    return idempotency.once(
        "survey-response:" + checked.survey().id(),
        key,
        fingerprint,
        Receipt.class,
        () -> store(checked.survey(), checked.channel(), checked.answers(), ageBand));
  }

  private Receipt store(
      Survey survey, String channel, Map<String, Object> answers, String ageBand) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    ResponseRow row =
        writer.insert(new ResponseRow(null, survey.id(), today, channel, write(answers), ageBand));
    feed.append(FeedItems.of(survey, row.id(), today, channel, answers, ageBand));
    return new Receipt(row.id(), survey.id(), "stored");
  }

  /** 409 unless the survey takes answers now. */
  public static void requireOpen(Survey survey) {
    switch (survey.status()) {
      case SurveyStatus.PUBLISHED -> {}
      case SurveyStatus.DRAFT ->
          throw ProblemException.conflict(
              "Enkäten är inte öppen ännu. (The survey is not open yet.)");
      default -> throw ProblemException.conflict("Enkäten är stängd. (The survey is closed.)");
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
