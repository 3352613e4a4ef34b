package se.hord.dialogue.sms;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for survey-service only where the real one cannot be made to fail: it answers every
 * call with 503, or hangs up without an answer, and records what it was sent. The path that
 * succeeds is tested against the real survey-service (infra/e2e, DialogueSmsFeedbackTest).
 */
final class FailingSurvey implements AutoCloseable {
  /** A request as received. */
  record Call(String path, String authorization, String idempotencyKey, String body) {}

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile boolean hangUp;

  private FailingSurvey(HttpServer server) {
    this.server = server;
  }

  static FailingSurvey start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      FailingSurvey survey = new FailingSurvey(server);
      server.createContext(
          "/",
          exchange -> {
            survey.calls.add(
                new Call(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            if (survey.hangUp) {
              exchange.close();
              return;
            }
            byte[] body =
                "{\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"Försök igen.\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return survey;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** true: close the connection without answering (as a crashed service would). */
  void hangUp(boolean hangUp) {
    this.hangUp = hangUp;
  }

  List<Call> calls(String path) {
    return calls.stream().filter(c -> c.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
