package se.hord.survey.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import se.hord.platform.feedback.FeedbackPeriod;
import se.hord.platform.feedback.FeedbackYear;
import se.hord.platform.security.Roles;

/** analysis (SERVICE token) reads what the surveys of a municipality fed back in a year. */
@Controller("/api/internal/feedback")
@Secured(Roles.SERVICE)
@ExecuteOn(TaskExecutors.BLOCKING)
public class FeedbackYearController {
  private final FeedbackYearService service;

  FeedbackYearController(FeedbackYearService service) {
    this.service = service;
  }

  /** {@code ?municipality=0380&year=2026}: the messages sent that year, oldest first. */
  @Get
  public FeedbackYear year(
      @Nullable @QueryValue String municipality, @Nullable @QueryValue String year) {
    return service.year(FeedbackPeriod.of(municipality, year));
  }
}
