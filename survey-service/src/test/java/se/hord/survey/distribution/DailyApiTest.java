package se.hord.survey.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api.Reply;
import se.hord.survey.Pages;
import se.hord.survey.ServiceTest;
import se.hord.survey.sms.fake.TestSql;

@MicronautTest
class DailyApiTest extends ServiceTest {
  private static final Map<String, Object> ANSWER = Map.of("alder", "13-15", "trygg", 4);

  @Inject JsonMapper json;

  @Test
  void daysWithFewerThanFiveAreHiddenAndNoDayCanBeWorkedOutFromTheTotal() throws Exception {
    long id = Pages.published(api(), "0380", Pages.newTemplateTag());
    List<Long> responses = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      responses.add(Pages.answer(api(), json, id, ANSWER));
    }
    // Only dates are stored: move them to three days, 6 + 7 + 2.
    for (int i = 0; i < responses.size(); i++) {
      String day = i < 6 ? "2026-10-05" : i < 13 ? "2026-10-06" : "2026-10-08";
      TestSql.update("UPDATE responses SET answered_on = ? WHERE id = ?", day, responses.get(i));
    }
    Reply reply = daily(id, api().official("0380"));
    assertEquals(200, reply.status(), reply.toString());
    assertEquals(15, reply.json().get("total"));
    assertEquals(
        List.of(
            Map.of("date", "2026-10-05", "count", "<5"),
            Map.of("date", "2026-10-06", "count", 7),
            Map.of("date", "2026-10-08", "count", "<5")),
        reply.json().get("days"),
        "the 2 is hidden, and the 6 too, or 15 - 7 - 6 would give it away");
  }

  @Test
  void aFewResponsesShowAsLessThanFiveAndFiveOrMoreAsTheCount() throws Exception {
    long id = Pages.published(api(), "0380", Pages.newTemplateTag());
    assertEquals(List.of(), daily(id, api().admin()).json().get("days"));
    for (int i = 0; i < 3; i++) {
      Pages.answer(api(), json, id, ANSWER);
    }
    Reply few = daily(id, api().admin());
    assertEquals("<5", few.json().get("total"));
    assertEquals("<5", day(few).get("count"));
    assertEquals(10, String.valueOf(day(few).get("date")).length(), "a date, no time");
    for (int i = 0; i < 3; i++) {
      Pages.answer(api(), json, id, ANSWER);
    }
    Reply six = daily(id, api().admin());
    assertEquals(6, six.json().get("total"));
    assertEquals(6, day(six).get("count"));
    assertEquals("published", six.json().get("status"));
  }

  @Test
  void anotherMunicipalityGets404AnAmbassador403AndNoTokenGets401() {
    long id = Pages.published(api(), "0380", Pages.newTemplateTag());
    assertEquals(403, daily(id, api().user("AMBASSADOR", "0380")).status());
    assertEquals(404, daily(id, api().official("1880")).status());
    assertEquals(404, daily(999_999, api().admin()).status());
    assertEquals(
        401, api().json(HttpRequest.GET("/api/surveys/" + id + "/responses/daily")).status());
  }

  private Reply daily(long id, String token) {
    return api().json(HttpRequest.GET("/api/surveys/" + id + "/responses/daily").bearerAuth(token));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> day(Reply reply) {
    List<Map<String, Object>> days = (List<Map<String, Object>>) reply.json().get("days");
    return days.getLast();
  }
}
