package se.hord.survey.sms.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The service's own SMS texts: one GSM-7 segment each, and plain about what happens. */
class RepliesTest {
  @Test
  void everyFixedReplyIsOneGsm7Segment() {
    List<String> replies = new java.util.ArrayList<>(Replies.THANKS);
    replies.addAll(
        List.of(
            Replies.FEEDBACK_YES,
            Replies.FEEDBACK_NO,
            Replies.SKIPPED,
            Replies.WELCOME_BACK,
            Replies.CHOOSE,
            Replies.CLOSED,
            Replies.UNKNOWN,
            Replies.stopped(false),
            Replies.stopped(true),
            Replies.started(false),
            Replies.started(true),
            Replies.help(null, false),
            Replies.help(null, true)));
    for (String reply : replies) {
      assertTrue(Gsm7.fits(reply), reply);
      assertEquals(1, Gsm7.segments(reply), reply);
    }
  }

  @Test
  void theThanksSaysInSwedishAndEnglishThatOnlyJaKeepsTheNumber() {
    assertEquals(2, Replies.THANKS.size());
    String swedish = Replies.THANKS.get(0);
    assertTrue(swedish.contains("116 111"), swedish);
    assertTrue(swedish.contains("Svara JA om du vill få veta vad som händer sen."), swedish);
    assertTrue(swedish.contains("Annars tar vi bort ditt nummer."), swedish);
    String english = Replies.THANKS.get(1);
    assertTrue(english.contains("Reply YES if you want to hear what happens next."), english);
    assertTrue(english.contains("If not, we delete your number."), english);
  }
}
