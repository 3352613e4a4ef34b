package se.hord.survey.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;
import se.hord.survey.results.ResultViews.Results;

/** Results of a survey for the officials of its municipality. */
@Controller("/api/surveys/{id}/results")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class ResultsController {
  private final ResultsService results;

  public ResultsController(ResultsService results) {
    this.results = results;
  }

  /** Counts, shares and means per question, broken down by background questions. */
  @Get
  public Results results(long id, @Nullable @QueryValue String by, Authentication authentication) {
    return results.results(Caller.of(authentication), id, by);
  }
}
