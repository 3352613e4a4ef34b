package se.hord.survey.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import se.hord.platform.idempotency.Idempotency;
import se.hord.survey.ratelimit.SubmissionThrottle;

/** Answering a survey as JSON; no login needed. */
@Controller("/api/surveys/{id}/responses")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ResponseController {
  private final ResponseService responses;
  private final JsonMapper json;
  private final SubmissionThrottle throttle;

  public ResponseController(
      ResponseService responses, JsonMapper json, SubmissionThrottle throttle) {
    this.responses = responses;
    this.json = json;
    this.throttle = throttle;
  }

  /** Stores one response; the same Idempotency-Key again gets the same answer. */
  @Post
  public HttpResponse<Receipt> answer(
      long id,
      @Nullable @Header("Idempotency-Key") String key,
      @Body ResponseRequest request,
      HttpRequest<?> http) {
    throttle.count(http);
    Idempotency.checkKey(key);
    Idempotency.Outcome<Receipt> outcome =
        responses.submit(id, key, fingerprint(request), request.answers(), request.channel());
    return HttpResponse.created(outcome.value());
  }

  private String fingerprint(ResponseRequest request) {
    try {
      return json.writeValueAsString(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
