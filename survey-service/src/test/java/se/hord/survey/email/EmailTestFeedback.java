package se.hord.survey.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.Map;
import se.hord.survey.Api;

/** Sending a survey's feedback through the API and reading its progress, for the e-mail tests. */
final class EmailTestFeedback {
  private EmailTestFeedback() {}

  static Api.Reply send(Api api, long survey, String sv) {
    return api.json(
        HttpRequest.POST(
                "/api/surveys/" + survey + "/feedback", Map.of("message", Map.of("sv", sv)))
            .bearerAuth(api.admin()));
  }

  /** Runs the sender until nothing is due (a scheduled round may have taken some first). */
  static void sendAll(EmailSender sender) {
    while (sender.tick() > 0) {
      // next round
    }
  }

  static Map<?, ?> progress(Api api, long survey) {
    Api.Reply list =
        api.json(HttpRequest.GET("/api/surveys/" + survey + "/feedback").bearerAuth(api.admin()));
    assertEquals(200, list.status(), list.toString());
    Map<?, ?> item = (Map<?, ?>) ((List<?>) list.json().get("items")).getFirst();
    return (Map<?, ?>) item.get("progress");
  }
}
