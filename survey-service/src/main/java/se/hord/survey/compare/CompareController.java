package se.hord.survey.compare;

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
import se.hord.survey.compare.CompareViews.Comparison;

/** One template run in several municipalities, compared question by question (aggregates). */
@Controller("/api/surveys/compare")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class CompareController {
  private final CompareService compare;

  public CompareController(CompareService compare) {
    this.compare = compare;
  }

  /** {@code ?template=<key>&municipalities=0380,0180} (all municipalities when left out). */
  @Get
  public Comparison compare(
      @Nullable @QueryValue String template,
      @Nullable @QueryValue String municipalities,
      Authentication authentication) {
    return compare.compare(Caller.of(authentication), template, municipalities);
  }
}
