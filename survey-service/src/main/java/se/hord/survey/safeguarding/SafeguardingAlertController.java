package se.hord.survey.safeguarding;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import se.hord.platform.security.Roles;

/** analysis (SERVICE token) asks for an SMS alert to the safeguarding officials: 202. */
@Controller("/api/internal/safeguarding-alerts")
@Secured(Roles.SERVICE)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SafeguardingAlertController {
  private final SafeguardingAlerts alerts;

  public SafeguardingAlertController(SafeguardingAlerts alerts) {
    this.alerts = alerts;
  }

  /** Queues one SMS per designated official with a phone, once per flag. */
  @Post
  public HttpResponse<SafeguardingAlertRequest.Accepted> alert(
      @Body SafeguardingAlertRequest request) {
    SafeguardingAlertRequest checked = request.checked();
    return HttpResponse.<SafeguardingAlertRequest.Accepted>status(HttpStatus.ACCEPTED)
        .body(alerts.alert(checked.municipality(), checked.flagId()));
  }
}
