package se.hord.analysis.fake;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import se.hord.platform.feedback.FeedbackYear;
import se.hord.platform.security.Roles;

/**
 * A stand-in for survey-service's and dialogue-service's internal endpoints, served over real HTTP
 * by the test server itself (only with {@code test.fake-services}); like the real ones it takes
 * SERVICE tokens only. Tests switch the dialogue part off and make alerts fail a number of times.
 */
@Requires(property = "test.fake-services")
@Controller("/fake")
@Secured(Roles.SERVICE)
public class FakeServicesController {
  /** The alert requests received (each body), accepted or not. */
  public final List<Map<String, Object>> alerts = new CopyOnWriteArrayList<>();

  /** Per flag, how many alert requests still fail with 503 before one is accepted. */
  public final Map<Long, AtomicInteger> alertFailures = new ConcurrentHashMap<>();

  /** Whether the dialogue part answers 503. */
  public volatile boolean dialogueDown;

  @Get("/survey/api/internal/feedback")
  FeedbackYear surveyFeedback(@QueryValue String municipality, @QueryValue int year) {
    return new FeedbackYear(
        municipality,
        year,
        List.of(
            new FeedbackYear.Sent(
                "survey",
                "survey-1",
                "Ungas fritid 2026",
                Instant.parse("2026-06-01T08:00:00Z"),
                Map.of("sv", "Skolan får nya lärare i höst.", "en", "New teachers this autumn."),
                "sms+page",
                12,
                3L)));
  }

  @Get("/dialogue/api/internal/feedback")
  HttpResponse<FeedbackYear> dialogueFeedback(
      @QueryValue String municipality, @QueryValue int year) {
    if (dialogueDown) {
      return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
    return HttpResponse.ok(
        new FeedbackYear(
            municipality,
            year,
            List.of(
                new FeedbackYear.Sent(
                    "dialogue",
                    "7",
                    "Parkdialog",
                    Instant.parse("2026-09-15T12:00:00Z"),
                    Map.of("sv", "Parken får lampor."),
                    "page",
                    null,
                    null))));
  }

  @Post("/survey/api/internal/safeguarding-alerts")
  HttpResponse<Map<String, Object>> alert(@Body Map<String, Object> body) {
    alerts.add(body);
    long flag = ((Number) body.get("flagId")).longValue();
    AtomicInteger failures = alertFailures.getOrDefault(flag, new AtomicInteger());
    if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
    return HttpResponse.<Map<String, Object>>status(HttpStatus.ACCEPTED)
        .body(Map.of("flagId", body.get("flagId"), "officials", 1, "queued", 1));
  }
}
