package se.hord.dialogue.popup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;

/**
 * A test-only outage of the contribution endpoint: while switched on, every POST of a contribution
 * answers 503, either before storing it ({@link Mode#REFUSE}) or after storing it ({@link
 * Mode#LOSE_ANSWER}, as when the answer is lost on the way back).
 */
@Filter("/api/events/*/contributions")
@Requires(property = "hord.test.outage", value = "true")
public class Outage implements HttpServerFilter {
  /** What the outage does to a contribution. */
  public enum Mode {
    OFF,
    REFUSE,
    LOSE_ANSWER
  }

  private static final AtomicReference<Mode> MODE = new AtomicReference<>(Mode.OFF);

  /** Switches the outage. */
  public static void set(Mode mode) {
    MODE.set(mode);
  }

  @Override
  public Publisher<MutableHttpResponse<?>> doFilter(
      HttpRequest<?> request, ServerFilterChain chain) {
    Mode mode = MODE.get();
    if (request.getMethod() != HttpMethod.POST || mode == Mode.OFF) {
      return chain.proceed(request);
    }
    if (mode == Mode.REFUSE) {
      return Publishers.just(HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE));
    }
    return Publishers.map(
        chain.proceed(request), stored -> HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE));
  }
}
