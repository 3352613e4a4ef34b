package se.hord.survey.sms.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.hord.survey.Api;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.fake.FakeTwilio;
import se.hord.survey.sms.fake.TestSql;
import se.hord.survey.sms.fake.TwilioServiceTest;
import se.hord.survey.sms.fake.TwilioTestSetup;

/** The outbox sender against a fake Twilio: retries, refusals, opt-outs, delivery reports. */
@MicronautTest(transactional = false)
class OutboundSmsTest extends TwilioServiceTest {
  private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000);

  @Inject Outbox outbox;
  @Inject OutboxSender sender;
  @Inject OutboxRepository rows;
  @Inject Contacts contacts;

  @Test
  void retriesOn429WithBackoffThenSendsOnce() {
    String number = newNumber();
    fake.script(number, FakeTwilio.tooManyRequests(), FakeTwilio.tooManyRequests());
    OutboxRow row = sendTo(number, "Hej!", "test:retry429");
    assertEquals(OutboxStatus.SENT, row.status());
    assertEquals(3, row.attempts());
    assertTrue(row.twilioSid().startsWith("SM"), row.twilioSid());
    assertEquals(3, fake.receivedBy(number).size());
  }

  @Test
  void retriesOnServerError() {
    String number = newNumber();
    fake.script(number, FakeTwilio.serverError());
    OutboxRow row = sendTo(number, "Hej!", "test:retry500");
    assertEquals(OutboxStatus.SENT, row.status());
    assertEquals(2, fake.receivedBy(number).size());
  }

  @Test
  void doesNotRetryAnInvalidNumberAndNeverTextsItAgain() {
    String number = newNumber();
    fake.script(number, fake.error(21211));
    OutboxRow first = sendTo(number, "Hej!", "test:invalid-1");
    assertEquals(OutboxStatus.FAILED, first.status());
    assertEquals(21211, first.errorCode());
    assertEquals(1, first.attempts());
    assertTrue(contacts.isInvalid(contacts.hash(number)));

    OutboxRow second = sendTo(number, "Hej igen!", "test:invalid-2");
    assertEquals(OutboxStatus.INVALID, second.status());
    assertEquals(1, fake.receivedBy(number).size());

    long survey = api().publishedSurvey();
    contacts.optInToFeedback(contacts.hash(number), survey);
    assertFalse(contacts.feedbackRecipients(survey).contains(contacts.hash(number)));
  }

  @Test
  void aContactMarkedInvalidIsNeverSentTo() {
    String number = newNumber();
    contacts.keepNumber(number, Contacts.CONVERSATION);
    contacts.markInvalid(contacts.hash(number));
    OutboxRow row = sendTo(number, "Hej!", "test:marked-invalid");
    assertEquals(OutboxStatus.INVALID, row.status());
    assertTrue(fake.receivedBy(number).isEmpty());
  }

  @Test
  void twilioUnsubscribedErrorOptsTheNumberOut() {
    String number = newNumber();
    fake.script(number, fake.error(21610));
    OutboxRow first = sendTo(number, "Hej!", "test:stopped-1");
    assertEquals(OutboxStatus.FAILED, first.status());
    assertEquals(21610, first.errorCode());
    assertTrue(contacts.isOptedOut(contacts.hash(number)));

    OutboxRow second = sendTo(number, "Hej igen!", "test:stopped-2");
    assertEquals(OutboxStatus.SKIPPED_OPTED_OUT, second.status());
    assertEquals(1, fake.receivedBy(number).size());
  }

  @Test
  void skipsARecipientWhoOptedOut() {
    String number = newNumber();
    contacts.keepNumber(number, Contacts.CONVERSATION);
    contacts.optOut(contacts.hash(number));
    OutboxRow row = sendTo(number, "Hej!", "test:opted-out");
    assertEquals(OutboxStatus.SKIPPED_OPTED_OUT, row.status());
    assertTrue(fake.receivedBy(number).isEmpty());
  }

  @Test
  void sendsThroughTheSdkWithTheAccountAndAStatusCallback() {
    String number = newNumber();
    sendTo(number, "Tack för att du svarade – så här gick det.", "test:request");
    FakeTwilio.Received request = fake.receivedBy(number).getFirst();
    assertEquals(TwilioTestSetup.ACCOUNT_SID, request.accountSid());
    assertEquals(TwilioTestSetup.FROM, request.params().get("From"));
    assertEquals("Tack för att du svarade – så här gick det.", request.body());
    assertEquals(
        TwilioTestSetup.PUBLIC_BASE_URL + "/sms/twilio/status",
        request.params().get("StatusCallback"));
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (TwilioTestSetup.ACCOUNT_SID + ":" + TwilioTestSetup.AUTH_TOKEN).getBytes());
    assertEquals("Basic " + basic, request.authorization());
  }

  @Test
  void queuesOneMessagePerPhoneAndPurpose() {
    String hash = contacts.hash(newNumber());
    assertTrue(outbox.enqueue(hash, "Hej!", "test:once"));
    assertFalse(outbox.enqueue(hash, "Hej!", "test:once"));
    assertEquals(Map.of(OutboxStatus.QUEUED, 1L), outbox.progress("test:once"));
  }

  @Test
  void aClaimLeftByACrashIsMarkedUnknownAndNotResent() {
    String number = newNumber();
    contacts.keepNumber(number, Contacts.CONVERSATION);
    outbox.enqueue(contacts.hash(number), "Hej!", "test:crash");
    long id = rows.findByPurposeOrderById("test:crash").getFirst().id();
    TestSql.update(
        "UPDATE sms_outbox SET status = 'sending', attempts = 1,"
            + " next_attempt_at = UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE WHERE id = ?",
        id);
    sender.tick();
    OutboxRow row = rows.findById(id).orElseThrow();
    assertEquals(OutboxStatus.UNKNOWN, row.status());
    assertTrue(fake.receivedBy(number).isEmpty());
  }

  @Test
  void statusCallbackRecordsDeliveryAndNeverGoesBack() {
    String number = newNumber();
    OutboxRow row = sendTo(number, "Hej!", "test:callback");
    assertEquals(204, callback(row.twilioSid(), "delivered", null, true).status());
    assertEquals(OutboxStatus.DELIVERED, rows.findById(row.id()).orElseThrow().status());
    assertEquals(204, callback(row.twilioSid(), "sent", null, true).status());
    assertEquals(OutboxStatus.DELIVERED, rows.findById(row.id()).orElseThrow().status());
  }

  @Test
  void statusCallbackRecordsUndeliveredWithItsErrorCode() {
    OutboxRow row = sendTo(newNumber(), "Hej!", "test:undelivered");
    assertEquals(204, callback(row.twilioSid(), "undelivered", "30003", true).status());
    OutboxRow after = rows.findById(row.id()).orElseThrow();
    assertEquals(OutboxStatus.UNDELIVERED, after.status());
    assertEquals(30003, after.errorCode());
  }

  @Test
  void statusCallbackWithABadSignatureIsRefusedAndChangesNothing() {
    OutboxRow row = sendTo(newNumber(), "Hej!", "test:forged");
    Api.Reply forged = callback(row.twilioSid(), "failed", "30008", false);
    assertEquals(403, forged.status());
    assertTrue(forged.contentType().startsWith("application/problem+json"));
    OutboxRow after = rows.findById(row.id()).orElseThrow();
    assertEquals(OutboxStatus.SENT, after.status());
    assertNull(after.errorCode());
    Map<String, String> none = Map.of("MessageSid", row.twilioSid(), "MessageStatus", "failed");
    Api.Reply unsigned =
        api()
            .text(
                HttpRequest.POST("/sms/twilio/status", none)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    assertEquals(403, unsigned.status());
  }

  @Test
  void theNumberNeverAppearsInLogsOrOutsideTheEncryptedColumn() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    String number = newNumber();
    try {
      fake.script(number, FakeTwilio.tooManyRequests());
      OutboxRow row = sendTo(number, "Hej!", "test:privacy");
      callback(row.twilioSid(), "delivered", null, true);
      String other = newNumber();
      fake.script(other, fake.error(21211));
      sendTo(other, "Hej!", "test:privacy");
      assertEquals(2, fake.received().stream().filter(r -> number.equals(r.to())).count());
    } finally {
      root.detachAppender(logs);
    }
    String digits = number.substring(1);
    assertFalse(logs.list.isEmpty());
    for (ILoggingEvent event : logs.list) {
      assertFalse(event.getFormattedMessage().contains(digits), event.getFormattedMessage());
    }
    assertEquals(java.util.List.of(), TestSql.columnsContaining(digits));
  }

  private Api.Reply callback(String sid, String status, String errorCode, boolean signed) {
    Map<String, String> form = new HashMap<>();
    form.put("MessageSid", sid);
    form.put("MessageStatus", status);
    form.put("AccountSid", TwilioTestSetup.ACCOUNT_SID);
    if (errorCode != null) {
      form.put("ErrorCode", errorCode);
    }
    String signature = TwilioTestSetup.sign("/sms/twilio/status", form);
    return api()
        .text(
            HttpRequest.POST("/sms/twilio/status", form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("X-Twilio-Signature", signed ? signature : "x" + signature));
  }

  /** Queues a message to the number, runs the sender until it is settled; the row. */
  private OutboxRow sendTo(String number, String body, String purpose) {
    contacts.keepNumber(number, Contacts.CONVERSATION);
    String hash = contacts.hash(number);
    outbox.enqueue(hash, body, purpose);
    OutboxRow row =
        rows.findByPurposeOrderById(purpose).stream()
            .filter(r -> r.phoneHash().equals(hash))
            .findFirst()
            .orElseThrow();
    for (int i = 0; i < 200; i++) {
      sender.tick();
      row = rows.findById(row.id()).orElseThrow();
      if (!row.status().equals(OutboxStatus.QUEUED) && !row.status().equals(OutboxStatus.SENDING)) {
        return row;
      }
      pause();
    }
    throw new AssertionError("message not settled: " + row.status());
  }

  static String newNumber() {
    return "+467%08d".formatted(NUMBERS.incrementAndGet());
  }

  static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
