package se.hord.survey.feedback;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import se.hord.platform.feedback.FeedbackPeriod;
import se.hord.platform.feedback.FeedbackYear;
import se.hord.survey.definition.SurveyRepository;
import se.hord.survey.definition.SurveyRow;
import se.hord.survey.sms.outbound.OutboxStatus;

/**
 * The feedback a municipality's surveys sent in a year, for analysis' barnbokslut: each message
 * with its date, how many it was sent to and how many SMS reached the phone network (sent,
 * delivered, or simulated without Twilio).
 */
@Singleton
class FeedbackYearService {
  private final FeedbackRepository feedback;
  private final SurveyRepository surveys;
  private final FeedbackService service;

  FeedbackYearService(
      FeedbackRepository feedback, SurveyRepository surveys, FeedbackService service) {
    this.feedback = feedback;
    this.surveys = surveys;
    this.service = service;
  }

  @Transactional(readOnly = true)
  FeedbackYear year(FeedbackPeriod period) {
    List<FeedbackYear.Sent> items =
        feedback
            .sentBetween(
                period.municipality(),
                LocalDateTime.ofInstant(period.from(), ZoneOffset.UTC),
                LocalDateTime.ofInstant(period.to(), ZoneOffset.UTC))
            .stream()
            .map(this::sent)
            .toList();
    return new FeedbackYear(period.municipality(), period.year(), items);
  }

  private FeedbackYear.Sent sent(FeedbackRow row) {
    FeedbackViews.Item item = service.item(row);
    Map<String, Long> status = item.progress().byStatus();
    long reached =
        status.getOrDefault(OutboxStatus.SENT, 0L)
            + status.getOrDefault(OutboxStatus.DELIVERED, 0L)
            + status.getOrDefault(OutboxStatus.SIMULATED, 0L);
    return new FeedbackYear.Sent(
        "survey",
        String.valueOf(row.surveyId()),
        surveys.findById(row.surveyId()).map(SurveyRow::title).orElse(null),
        item.createdAt(),
        item.message(),
        "sms+page",
        row.recipients(),
        reached);
  }
}
