package se.hord.survey.definition;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.List;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** Officials create surveys and open and close them; each sees their own municipalities'. */
@Controller("/api/surveys")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class SurveyController {
  private final SurveyService surveys;

  public SurveyController(SurveyService surveys) {
    this.surveys = surveys;
  }

  /** Creates a draft survey from its definition. */
  @Post
  public HttpResponse<SurveyViews.Created> create(
      @Body SurveyDefinition definition, Authentication authentication) {
    SurveyViews.Created created = surveys.create(Caller.of(authentication), definition);
    return HttpResponse.created(created, URI.create("/api/surveys/" + created.id()));
  }

  /** The caller's surveys, newest first. */
  @Get
  public List<SurveyViews.Summary> list(Authentication authentication) {
    return surveys.list(Caller.of(authentication));
  }

  /** One survey with its definition and status. */
  @Get("/{id}")
  public SurveyViews.Detail detail(long id, Authentication authentication) {
    return surveys.detail(Caller.of(authentication), id);
  }

  /** Opens a draft survey for answers. */
  @Post("/{id}/publish")
  public SurveyViews.Created publish(long id, Authentication authentication) {
    return surveys.publish(Caller.of(authentication), id);
  }

  /** Closes a published survey. */
  @Post("/{id}/close")
  public SurveyViews.Created close(long id, Authentication authentication) {
    return surveys.close(Caller.of(authentication), id);
  }
}
