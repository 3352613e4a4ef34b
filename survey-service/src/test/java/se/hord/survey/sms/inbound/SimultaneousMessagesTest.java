package se.hord.survey.sms.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.hord.survey.sms.contact.Contacts;
import se.hord.survey.sms.fake.TestSql;

/** Two texts from one phone arriving at the same moment are handled one after the other. */
@MicronautTest(transactional = false)
class SimultaneousMessagesTest extends SmsTestBase {
  private static final int ROUNDS = 5;
  @Inject Contacts contacts;

  @Test
  void twoMessagesAtOnceMoveTheConversationOnExactlyTwoStepsInOrder() throws Exception {
    String keyword = publishSurvey();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        Phone phone = phone();
        assertTrue(phone.text(keyword).get(1).startsWith("Hur gammal är du?"));

        // "1" answers "Hur gammal är du?" (13-15), the other "1" then "Kön" (tjej).
        List<List<String>> replies = atOnce(threads, phone, "1", "1");
        List<String> firstLines = new ArrayList<>();
        replies.forEach(r -> firstLines.add(r.get(0)));
        firstLines.sort(String::compareTo);
        assertTrue(firstLines.get(0).startsWith("Kön"), firstLines.toString());
        assertTrue(firstLines.get(1).startsWith("Vilken skola"), firstLines.toString());

        String phoneHash = contacts.hash(phone.number);
        assertEquals(
            "skola",
            TestSql.value(
                "SELECT question_key FROM sms_conversation WHERE phone_hash = ?", phoneHash));
        String answers =
            TestSql.value("SELECT answers FROM sms_conversation WHERE phone_hash = ?", phoneHash);
        assertTrue(answers.contains("\"alder\":\"13-15\""), answers);
        assertTrue(answers.contains("\"kon\":\"tjej\""), answers);
        assertTrue(phone.text("1").get(0).startsWith("Jag känner mig trygg i skolan"));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void manyPhonesStartingAtOnceAreAllAnsweredWithTheFirstQuestion() throws Exception {
    String keyword = publishSurvey();
    int phones = 12;
    ExecutorService threads = Executors.newFixedThreadPool(phones);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<List<String>>> sent = new ArrayList<>();
      for (int i = 0; i < phones; i++) {
        Phone phone = phone();
        sent.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                  }
                  return phone.text(keyword);
                },
                threads));
      }
      go.countDown();
      for (CompletableFuture<List<String>> reply : sent) {
        // A deadlock between two new phones is retried, never answered with an error.
        assertTrue(reply.get().get(1).startsWith("Hur gammal är du?"), reply.get().toString());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void theSameMessageDeliveredTwiceAtOnceIsTakenOnceAndBothGetItsReplies() throws Exception {
    String keyword = publishSurvey();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        Phone phone = phone();
        phone.text(keyword);
        String sid = "SMtwice" + UUID.randomUUID().toString().replace("-", "");
        List<List<String>> replies =
            atOnce(threads, List.of(() -> phone.text("1", sid), () -> phone.text("1", sid)));
        assertEquals(replies.get(0), replies.get(1));
        assertTrue(replies.get(0).get(0).startsWith("Kön"), replies.toString());
        // Had "1" been taken twice, the next question would be the school, not gender's answer.
        assertTrue(phone.text("tjej").get(0).startsWith("Vilken skola"));
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Sends the texts from two threads released together; the replies in the same order. */
  private static List<List<String>> atOnce(ExecutorService threads, Phone phone, String... texts)
      throws Exception {
    List<Supplier<List<String>>> sends = new ArrayList<>();
    for (String text : texts) {
      sends.add(() -> phone.text(text));
    }
    return atOnce(threads, sends);
  }

  /** Runs the sends from threads released together; the replies in the same order. */
  private static List<List<String>> atOnce(
      ExecutorService threads, List<Supplier<List<String>>> sends) throws Exception {
    CountDownLatch ready = new CountDownLatch(sends.size());
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<List<String>>> sent = new ArrayList<>();
    for (Supplier<List<String>> send : sends) {
      sent.add(
          CompletableFuture.supplyAsync(
              () -> {
                ready.countDown();
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new IllegalStateException(e);
                }
                return send.get();
              },
              threads));
    }
    ready.await();
    go.countDown();
    List<List<String>> replies = new ArrayList<>();
    for (CompletableFuture<List<String>> reply : sent) {
      replies.add(reply.get());
    }
    return replies;
  }
}
