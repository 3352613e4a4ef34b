package se.hord.survey.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import se.hord.survey.Api;
import se.hord.survey.ServiceTest;
import se.hord.survey.sms.fake.TestSql;

/** Survey feedback reaches addresses left on the thank-you page over real SMTP, with progress. */
@MicronautTest(transactional = false)
class EmailFeedbackTest extends ServiceTest {
  private static final TinySmtpServer SMTP = TinySmtpServer.start();
  @Inject EmailContacts emails;
  @Inject EmailSender sender;

  @Override
  public String database() {
    return TestSql.DATABASE;
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(super.getProperties());
    p.put("hord.smtp.host", "127.0.0.1");
    p.put("hord.smtp.port", Integer.toString(SMTP.port()));
    p.put("hord.smtp.from", "Hörd <noreply@hord.example>");
    return p;
  }

  @AfterAll
  void stopSmtp() {
    SMTP.close();
  }

  @Test
  void feedbackIsMailedOnceToEveryAddressAndCountedInTheProgress() {
    long survey = api().publishedSurvey();
    emails.optInToFeedback("alva.e@skolan.example", survey);
    emails.optInToFeedback("sam.q@skolan.example", survey);
    Api.Reply preview =
        api()
            .json(
                HttpRequest.POST(
                        "/api/surveys/" + survey + "/feedback/preview",
                        Map.of("message", Map.of("sv", "Vi bygger en skatepark i Gottsunda!")))
                    .bearerAuth(api().admin()));
    assertEquals(200, preview.status(), preview.toString());
    assertEquals(
        2,
        ((Number) preview.json().get("emailRecipients")).intValue(),
        "the preview counts e-mail");
    Api.Reply sent = EmailTestFeedback.send(api(), survey, "Vi bygger en skatepark i Gottsunda!");
    assertEquals(202, sent.status(), sent.toString());
    EmailTestFeedback.sendAll(sender);

    List<TinySmtpServer.Received> mails =
        SMTP.received().stream()
            .filter(m -> m.to().getFirst().endsWith("@skolan.example"))
            .toList();
    assertEquals(2, mails.size(), mails.toString());
    assertEquals(
        List.of("alva.e@skolan.example", "sam.q@skolan.example"),
        mails.stream().map(m -> m.to().getFirst()).sorted().toList());
    assertTrue(mails.getFirst().data().contains("Subject: =?UTF-8?"), mails.getFirst().data());
    assertTrue(mails.getFirst().data().contains("<noreply@hord.example>"));
    assertTrue(mails.getFirst().data().contains("skatepark i Gottsunda"));

    Map<?, ?> progress = EmailTestFeedback.progress(api(), survey);
    assertEquals(2, ((Number) progress.get("sent")).intValue(), progress.toString());
    assertEquals(true, progress.get("done"));
    EmailTestFeedback.sendAll(sender);
    assertEquals(
        2,
        SMTP.received().stream().filter(m -> m.to().getFirst().endsWith("@skolan.example")).count(),
        "each address gets it once");
  }
}
