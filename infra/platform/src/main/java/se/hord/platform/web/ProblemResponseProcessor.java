package se.hord.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error of every service leaves as problem+json with a plain-language detail: never a stack
 * trace, never a framework's internal message for a status where a person needs to know what to do
 * instead.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> base) {
    HttpStatus status = base.getStatus();
    Problem problem = problemFor(context, status);
    if (status.getCode() >= 500) {
      LOG.error(
          "{} {} failed",
          context.getRequest().getMethod(),
          context.getRequest().getPath(),
          context.getRootCause().orElse(null));
    }
    return base.contentType(Problem.MEDIA_TYPE).body(problem);
  }

  static Problem problemFor(ErrorContext context, HttpStatus status) {
    boolean ours = context.getRootCause().filter(ProblemException.class::isInstance).isPresent();
    List<Problem.Violation> violations =
        context.getErrors().stream()
            .filter(e -> e.getPath().isPresent())
            .map(e -> new Problem.Violation(e.getPath().get(), e.getMessage()))
            .toList();
    String detail;
    if (ours) {
      detail =
          context.getErrors().size() == 1 && violations.isEmpty()
              ? context.getErrors().get(0).getMessage()
              : context.getRootCause().get().getMessage();
    } else if (status == HttpStatus.BAD_REQUEST && !violations.isEmpty()) {
      detail = Messages.INVALID_INPUT;
    } else {
      detail = Messages.forStatus(status);
    }
    return new Problem(
        "about:blank",
        status.getReason(),
        status.getCode(),
        detail,
        violations.isEmpty() ? null : violations);
  }
}
