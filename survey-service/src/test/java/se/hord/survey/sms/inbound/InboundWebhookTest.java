package se.hord.survey.sms.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.hord.survey.Api.Reply;
import se.hord.survey.sms.fake.TestSql;

/** Twilio's webhook: only signed calls get in, and each MessageSid is processed once. */
// Not one transaction per test: the test reads what the webhook committed.
@MicronautTest(transactional = false)
class InboundWebhookTest extends SmsTestBase {

  @Test
  void rejectsWebhookWithBadSignatureStoresNothingAndLogsNoBody() {
    ListAppender<ILoggingEvent> logs = capture();
    Phone phone = phone();
    Map<String, String> form = phone.form("hemlig text", "SMbadsignature00000000000000000001");
    Map<String, String> tampered = new java.util.HashMap<>(form);
    Reply reply = phone.post(tampered, false); // no signature at all
    assertEquals(403, reply.status());
    form.put("Body", "ändrad efter signering");
    Reply wrong =
        api()
            .text(
                io.micronaut.http.HttpRequest.POST(Phone.PATH, form)
                    .contentType(io.micronaut.http.MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                    .header("X-Twilio-Signature", "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    assertEquals(403, wrong.status());
    assertEquals(List.of(), TestSql.columnsContaining("SMbadsignature00000000000000000001"));
    String logged =
        String.join("\n", logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    assertTrue(logged.contains("X-Twilio-Signature"), logged);
    assertTrue(!logged.contains("hemlig") && !logged.contains(phone.number.substring(3)), logged);
  }

  @Test
  void theSameMessageSidTwiceIsProcessedOnceAndAnsweredTheSameWay() {
    String keyword = publishSurvey();
    Phone phone = phone();
    phone.text(keyword);
    String sid = "SMduplicate0000000000000000000001";
    List<String> first = phone.text("1", sid);
    List<String> again = phone.text("1", sid);
    assertEquals(first, again);
    assertTrue(first.get(0).startsWith("Kön"));
    // Had "1" been taken twice, the next question would be the school, not gender's answer.
    assertTrue(phone.text("tjej").get(0).startsWith("Vilken skola"));
  }

  @Test
  void anMmsWithoutTextIsAnsweredNotRefused() {
    assertEquals(1, phone().text("").size());
  }

  static ListAppender<ILoggingEvent> capture() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
    return appender;
  }
}
