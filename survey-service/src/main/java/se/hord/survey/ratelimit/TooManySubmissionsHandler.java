package se.hord.survey.ratelimit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.hord.platform.web.ProblemExceptionHandler;

/** The problem+json answer of a {@link TooManySubmissions}, with its {@code Retry-After}. */
@Singleton
class TooManySubmissionsHandler implements ExceptionHandler<TooManySubmissions, HttpResponse<?>> {
  private final ProblemExceptionHandler problems;

  TooManySubmissionsHandler(ProblemExceptionHandler problems) {
    this.problems = problems;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, TooManySubmissions exception) {
    MutableHttpResponse<?> response = (MutableHttpResponse<?>) problems.handle(request, exception);
    return response.header("Retry-After", Long.toString(exception.retryAfterSeconds()));
  }
}
