package se.hord.survey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api.Reply;
import se.hord.survey.ServiceTest;
import se.hord.survey.sms.fake.TestSql;

/** Answers per client are limited, JSON and web form together; the address is never stored. */
@MicronautTest(transactional = false)
class SubmissionRateLimitTest extends ServiceTest {
  private static final String BODY = "{\"answers\":{\"alder\":\"13-15\",\"trygg\":4}}";

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(super.getProperties());
    p.put("hord.survey.submissions.per-window", "3");
    p.put("hord.survey.submissions.window", "1h");
    return p;
  }

  @Test
  void theFourthAnswerWithinTheWindowIs429WithRetryAfterAndAKindMessage() {
    long survey = api().publishedSurvey();
    for (int i = 0; i < 3; i++) {
      assertEquals(201, api().answer(survey, UUID.randomUUID().toString(), BODY).status());
    }
    Reply refused = api().answer(survey, UUID.randomUUID().toString(), BODY);
    assertEquals(429, refused.status());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    assertTrue(
        String.valueOf(refused.json().get("detail")).startsWith("Du har skickat många svar"));
    long retryAfter = Long.parseLong(refused.raw().getHeaders().get("Retry-After"));
    assertTrue(retryAfter > 0 && retryAfter <= 3600, "Retry-After " + retryAfter);

    se.hord.survey.form.FormClientAccess form =
        new se.hord.survey.form.FormClientAccess(api(), api().slug(survey));
    Reply page = form.answer("a.alder=13-15&a.trygg=4");
    assertEquals(429, page.status());
    assertTrue(page.contentType().startsWith("text/html"));
    assertTrue(page.text().contains("Vänta en stund och försök igen"));
    assertTrue(page.raw().getHeaders().get("Retry-After") != null);
    assertEquals("3", TestSql.value("SELECT COUNT(*) FROM responses WHERE survey_id = ?", survey));
    assertTrue(TestSql.columnsContaining("127.0.0.1").isEmpty(), "no address stored");
  }
}
