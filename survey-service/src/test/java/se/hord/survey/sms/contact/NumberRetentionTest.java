package se.hord.survey.sms.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.hord.survey.ServiceTest;
import se.hord.survey.email.EmailContacts;
import se.hord.survey.sms.fake.TestSql;

/**
 * Contact details are deleted once their retention has passed, and kept until then: phone numbers
 * and e-mail addresses alike, by the one hourly job.
 */
@MicronautTest(transactional = false)
class NumberRetentionTest extends ServiceTest {
  @Inject NumberRetention retention;
  @Inject Contacts contacts;
  @Inject EmailContacts emails;

  @Test
  void expiredNumbersAndAddressesAreForgottenAndTheOthersKept() {
    long survey = api().publishedSurvey();
    String old = "+4670" + (1_000_000 + (long) (Math.random() * 8_999_999));
    String fresh = "+4670" + (1_000_000 + (long) (Math.random() * 8_999_999));
    contacts.keepNumber(old, Contacts.CONVERSATION);
    contacts.keepNumber(fresh, Contacts.CONVERSATION);
    String oldMail = "gammal" + System.nanoTime() + "@example.se";
    String freshMail = "ny" + System.nanoTime() + "@example.se";
    emails.optInToFeedback(oldMail, survey);
    emails.optInToFeedback(freshMail, survey);
    TestSql.update(
        "UPDATE sms_contact SET number_until = CURDATE() - INTERVAL 1 DAY WHERE phone_hash = ?",
        contacts.hash(old));
    TestSql.update(
        "UPDATE email_contact SET kept_until = CURDATE() - INTERVAL 1 DAY WHERE email_hash = ?",
        emails.hash(oldMail));

    retention.forgetExpired();

    assertNull(number(old), "the expired number is gone");
    assertNotNull(number(fresh), "a number within its retention is kept");
    assertEquals("0", mails(oldMail), "the expired address is gone");
    assertEquals("1", mails(freshMail), "an address within its retention is kept");
  }

  private String number(String phone) {
    return TestSql.value(
        "SELECT number_encrypted FROM sms_contact WHERE phone_hash = ?", contacts.hash(phone));
  }

  private String mails(String address) {
    return TestSql.value(
        "SELECT COUNT(*) FROM email_contact WHERE email_hash = ?", emails.hash(address));
  }
}
