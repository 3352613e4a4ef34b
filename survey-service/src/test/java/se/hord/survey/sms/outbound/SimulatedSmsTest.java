package se.hord.survey.sms.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.hord.survey.ServiceTest;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.fake.TestSql;

/** Without Twilio credentials nothing is sent: the outbox keeps the messages as simulated. */
@MicronautTest(transactional = false)
@Property(name = "hord.sms.sender-enabled", value = "false")
@Property(name = "hord.twilio.account-sid", value = "")
@Property(name = "hord.twilio.auth-token", value = "")
class SimulatedSmsTest extends ServiceTest {
  @Inject Outbox outbox;
  @Inject OutboxSender sender;
  @Inject OutboxRepository rows;
  @Inject Contacts contacts;

  @Override
  public String database() {
    return TestSql.DATABASE;
  }

  @Test
  void withoutCredentialsMessagesAreMarkedSimulated() {
    String hash = contacts.hash("+46700000201");
    outbox.enqueue(hash, "Hej från simulatorn!", "test:simulated");
    sender.tick();
    OutboxRow row = rows.findByPurposeOrderById("test:simulated").getFirst();
    assertEquals(OutboxStatus.SIMULATED, row.status());
    assertNotNull(row.sentAt());
    assertNull(row.twilioSid());
    assertEquals(row, outbox.newestTo(hash, 1).getFirst());
  }
}
