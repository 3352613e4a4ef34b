package se.hord.survey.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.ServiceTest;
import se.hord.survey.sms.fake.TestSql;

/** With no SMTP host configured, feedback e-mail is recorded as simulated and nothing fails. */
@MicronautTest(transactional = false)
class SimulatedEmailTest extends ServiceTest {
  @Inject EmailContacts emails;
  @Inject EmailSender sender;

  @Override
  public String database() {
    return TestSql.DATABASE;
  }

  @Test
  void withoutSmtpTheEmailIsSimulated() {
    long survey = api().publishedSurvey();
    emails.optInToFeedback("noa.simulerad@skolan.example", survey);
    Api.Reply sent = EmailTestFeedback.send(api(), survey, "Nu finns det fler bänkar i parken.");
    assertEquals(202, sent.status(), sent.toString());
    EmailTestFeedback.sendAll(sender);
    Map<?, ?> progress = EmailTestFeedback.progress(api(), survey);
    assertEquals(1, ((Number) progress.get("simulated")).intValue(), progress.toString());
    assertEquals(0, ((Number) progress.get("failed")).intValue());
    assertEquals(true, progress.get("done"));
  }
}
