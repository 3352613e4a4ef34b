package se.hord.survey.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.hord.survey.Api;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.fake.FakeTwilio;
import se.hord.survey.sms.fake.TestSql;
import se.hord.survey.sms.fake.TwilioTestSetup;
import se.hord.testkit.TestDatabase;

/**
 * A feedback send stopped midway (the whole service shut down while a request to Twilio is in
 * flight) and started again on the same database sends each message exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackRestartTest {
  private static final int PEOPLE = 12;
  private final FakeTwilio fake = FakeTwilio.start();

  @AfterAll
  void stopFake() {
    fake.close();
  }

  @Test
  void aRestartInTheMiddleOfAFeedbackSendSendsEachMessageExactlyOnce() {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      numbers.add("+4673%07d".formatted(1000 + i));
    }
    fake.delay(Duration.ofMillis(150));
    long surveyId;
    try (EmbeddedServer first = start()) {
      Api api = new Api(client(first));
      surveyId = api.publishedSurvey();
      Contacts contacts = first.getApplicationContext().getBean(Contacts.class);
      for (String number : numbers) {
        contacts.keepNumber(number, "feedback:" + surveyId);
        contacts.optInToFeedback(contacts.hash(number), surveyId);
      }
      Api.Reply sent =
          api.json(
              HttpRequest.POST(
                      "/api/surveys/" + surveyId + "/feedback",
                      Map.of("message", Map.of("sv", "Tack! Nu bygger vi en ny skatepark.")))
                  .bearerAuth(api.admin()));
      assertEquals(202, sent.status(), sent.toString());
      assertEquals(PEOPLE, ((Number) sent.json().get("queued")).intValue());
      await(() -> ours(numbers) >= 4);
    }
    int beforeRestart = ours(numbers);
    assertTrue(beforeRestart < PEOPLE, "the first run should stop midway: " + beforeRestart);

    fake.delay(Duration.ZERO);
    try (EmbeddedServer second = start()) {
      Api api = new Api(client(second));
      String admin = api.admin();
      await(
          () -> {
            Map<?, ?> item = latest(api, admin, surveyId);
            return Boolean.TRUE.equals(((Map<?, ?>) item.get("progress")).get("done"));
          });
      Map<?, ?> progress = (Map<?, ?>) latest(api, admin, surveyId).get("progress");
      assertEquals(PEOPLE, ((Number) progress.get("sent")).intValue(), progress.toString());
      assertEquals(0, ((Number) progress.get("failed")).intValue(), progress.toString());
    }
    for (String number : numbers) {
      assertEquals(1, fake.receivedBy(number).size(), number + " texted once");
    }
  }

  private static Map<?, ?> latest(Api api, String token, long surveyId) {
    Api.Reply reply =
        api.json(HttpRequest.GET("/api/surveys/" + surveyId + "/feedback").bearerAuth(token));
    return (Map<?, ?>) ((List<?>) reply.json().get("items")).getFirst();
  }

  private int ours(List<String> numbers) {
    return (int) fake.received().stream().filter(r -> numbers.contains(r.to())).count();
  }

  private EmbeddedServer start() {
    Map<String, Object> p = new HashMap<>(TestDatabase.datasourceProperties(TestSql.DATABASE));
    p.putAll(TwilioTestSetup.properties(fake));
    p.put("hord.sms.sender-enabled", "true");
    p.put("hord.sms.send-interval", "50ms");
    p.put("hord.sms.rate-per-second", "20");
    return ApplicationContext.run(EmbeddedServer.class, p, "test");
  }

  private static HttpClient client(EmbeddedServer server) {
    DefaultHttpClientConfiguration config = new DefaultHttpClientConfiguration();
    config.setReadTimeout(Duration.ofSeconds(60));
    return HttpClient.create(server.getURL(), config);
  }

  private static void await(BooleanSupplier condition) {
    for (int i = 0; i < 600; i++) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("condition not met in time");
  }
}
