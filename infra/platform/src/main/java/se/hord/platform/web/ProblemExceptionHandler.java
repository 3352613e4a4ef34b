package se.hord.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/** Turns a {@link ProblemException} into its problem+json answer. */
@Singleton
public class ProblemExceptionHandler
    implements ExceptionHandler<ProblemException, HttpResponse<?>> {
  private final ErrorResponseProcessor<?> processor;

  public ProblemExceptionHandler(ErrorResponseProcessor<?> processor) {
    this.processor = processor;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, ProblemException exception) {
    ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
    if (exception.violations().isEmpty()) {
      context.errorMessage(exception.getMessage());
    } else {
      exception.violations().forEach(v -> context.error(new PathError(v.path(), v.message())));
    }
    return processor.processResponse(context.build(), HttpResponse.status(exception.status()));
  }

  private record PathError(String path, String message)
      implements io.micronaut.http.server.exceptions.response.Error {
    @Override
    public java.util.Optional<String> getPath() {
      return java.util.Optional.of(path);
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
