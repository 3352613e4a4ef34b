package se.hord.survey.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.platform.security.ServiceTokens;
import se.hord.survey.Api;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.fake.TwilioServiceTest;
import se.hord.survey.sms.outbound.OutboxSender;

/** {@code GET /api/internal/feedback}: what a municipality's surveys fed back in a year. */
@MicronautTest(transactional = false)
class FeedbackYearTest extends TwilioServiceTest {
  @Inject Contacts contacts;
  @Inject OutboxSender sender;
  @Inject ServiceTokens serviceTokens;

  @Test
  void listsEachMessageWithItsDateAndHowManyItReached() {
    long survey = api().publishedSurvey();
    for (String number : List.of("+46731000901", "+46731000902")) {
      contacts.keepNumber(number, "feedback:" + survey);
      contacts.optInToFeedback(contacts.hash(number), survey);
    }
    Api.Reply sent =
        api()
            .json(
                HttpRequest.POST(
                        "/api/surveys/" + survey + "/feedback",
                        Map.of("message", Map.of("sv", "Skateparken byggs.", "en", "Skatepark.")))
                    .bearerAuth(api().admin()));
    assertEquals(202, sent.status(), sent.toString());
    while (sender.tick() > 0) {
      // until nothing is due
    }
    int year = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    Map<?, ?> item = itemOf(survey, year("0380", year));
    assertEquals("survey", item.get("source"));
    assertEquals("sms+page", item.get("channel"));
    assertEquals(2, ((Number) item.get("recipients")).intValue());
    assertEquals(2, ((Number) item.get("reached")).intValue());
    assertEquals("Skateparken byggs.", ((Map<?, ?>) item.get("message")).get("sv"));
    assertTrue(String.valueOf(item.get("sentAt")).startsWith(String.valueOf(year)));
    assertTrue(item.get("originTitle") != null);

    assertEquals(null, itemOf(survey, year("0380", year - 1)));
    assertEquals(null, itemOf(survey, year("1880", year)));
  }

  @Test
  void onlyAServiceMayReadAndBadParametersAre400() {
    Api.Reply admin =
        api()
            .json(
                HttpRequest.GET("/api/internal/feedback?municipality=0380&year=2026")
                    .bearerAuth(api().admin()));
    assertEquals(403, admin.status());
    Api.Reply bad =
        api()
            .json(
                HttpRequest.GET("/api/internal/feedback?municipality=x&year=tjugo")
                    .bearerAuth(serviceTokens.token("analysis")));
    assertEquals(400, bad.status());
    assertEquals(List.of("municipality", "year"), Api.paths(bad));
  }

  private Api.Reply year(String municipality, int year) {
    Api.Reply reply =
        api()
            .json(
                HttpRequest.GET(
                        "/api/internal/feedback?municipality=" + municipality + "&year=" + year)
                    .bearerAuth(serviceTokens.token("analysis")));
    assertEquals(200, reply.status(), reply.toString());
    return reply;
  }

  private static Map<?, ?> itemOf(long survey, Api.Reply reply) {
    return ((List<?>) reply.json().get("items"))
        .stream()
            .map(i -> (Map<?, ?>) i)
            .filter(i -> String.valueOf(survey).equals(i.get("originId")))
            .findFirst()
            .orElse(null);
  }
}
