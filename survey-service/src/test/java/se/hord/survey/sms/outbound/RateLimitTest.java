package se.hord.survey.sms.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.fake.TwilioServiceTest;

/** The per-sender rate limit, counted: 3 a second with one tick a second is 3 a tick. */
@MicronautTest(transactional = false)
class RateLimitTest extends TwilioServiceTest {
  @Inject Outbox outbox;
  @Inject OutboxSender sender;
  @Inject Contacts contacts;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(super.getProperties());
    p.put("hord.sms.rate-per-second", "3");
    p.put("hord.sms.send-interval", "1s");
    return p;
  }

  @Test
  void sendsNoMoreThanTheRateAllowsPerTickAndSharesThePaceAcrossTicks() {
    List<String> numbers =
        List.of(
            "+46700000101",
            "+46700000102",
            "+46700000103",
            "+46700000104",
            "+46700000105",
            "+46700000106",
            "+46700000107");
    for (String number : numbers) {
      contacts.keepNumber(number, Contacts.CONVERSATION);
      outbox.enqueue(contacts.hash(number), "Hej!", "test:rate");
    }
    assertEquals(3, sender.tick());
    assertEquals(3, fake.received().size());
    // The pace is in the database: right after, no instance may send for this sender.
    assertEquals(0, sender.tick());
    assertEquals(3, fake.received().size());

    for (int i = 0; i < 500 && fake.received().size() < numbers.size(); i++) {
      int sent = sender.tick();
      assertTrue(sent <= 3, "a tick sent " + sent);
      OutboundSmsTest.pause();
    }
    assertEquals(numbers, fake.recipients().stream().sorted().toList());
  }
}
