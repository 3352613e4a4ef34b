package se.hord.survey.sms.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.hord.platform.security.ServiceTokens;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.fake.TestSql;

/** A phone number is never in the database in clear, nor in the feed or the logs. */
// Not one transaction per test: the test reads what the webhook committed.
@MicronautTest(transactional = false)
class SmsPrivacyTest extends SmsTestBase {
  @Inject Contacts contacts;
  @Inject ServiceTokens serviceTokens;

  @Test
  void afterAFullConversationTheNumberIsOnlyInTheEncryptedColumn() {
    ListAppender<ILoggingEvent> logs = InboundWebhookTest.capture();
    Phone phone = new Phone(api(), "+46 70 555 01 23");
    String digits = "705550123";
    String keyword = publishSurvey();
    phone.text(keyword);
    List<String> middle =
        List.of("2", "tjej", "1", "1", "2", "4", "ja", "Det är stökigt", "mer parker");
    middle.forEach(phone::text);
    assertTrue(phone.text("JA").get(0).startsWith("Toppen!"));

    assertEquals(List.of(), TestSql.columnsContaining(digits));
    assertEquals(List.of(), TestSql.columnsContaining("0705550123"));
    String hash = contacts.hash(phone.number);
    assertEquals("+46705550123", contacts.number(hash).orElseThrow());
    String feed =
        api()
            .text(
                HttpRequest.GET("/api/feed?after=0&limit=500")
                    .bearerAuth(serviceTokens.token("analysis")))
            .text();
    assertTrue(feed.contains("Det är stökigt"));
    assertFalse(feed.contains(digits) || feed.contains(hash));
    for (ILoggingEvent event : logs.list) {
      assertFalse(event.getFormattedMessage().contains(digits), event.getFormattedMessage());
    }
  }

  @Test
  void withoutAWishToHearBackTheNumberIsForgottenWhenTheConversationEnds() {
    Phone phone = phone();
    phone.text(publishSurvey());
    String hash = contacts.hash(phone.number);
    assertTrue(contacts.number(hash).isPresent());
    phone.text("stopp");
    assertTrue(contacts.number(hash).isEmpty());
  }
}
