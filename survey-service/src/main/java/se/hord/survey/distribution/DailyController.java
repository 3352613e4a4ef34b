package se.hord.survey.distribution;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;
import se.hord.survey.distribution.DailyCounts.Daily;

/** How many answered each day, for the officials of the survey's municipality. */
@Controller("/api/surveys/{id}/responses/daily")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class DailyController {
  private final DailyCounts daily;

  public DailyController(DailyCounts daily) {
    this.daily = daily;
  }

  /** Responses per day, small days as "&lt;5". */
  @Get
  public Daily daily(long id, Authentication authentication) {
    return daily.daily(Caller.of(authentication), id);
  }
}
