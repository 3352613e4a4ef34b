package se.hord.dialogue.web;

import io.micronaut.core.annotation.Nullable;
import se.hord.dialogue.feedback.FeedbackView;

/** One published message on the feedback page, with its SMS state in plain words. */
public record FeedbackRow(
    String sv,
    @Nullable String en,
    String sentBy,
    String sentAt,
    String smsState,
    String smsClass) {

  static FeedbackRow of(FeedbackView f) {
    return new FeedbackRow(
        f.message().sv(),
        f.message().en(),
        f.sentBy(),
        Pages.local(f.sentAt()),
        smsText(f.sms()),
        f.sms() == null ? "" : f.sms().status());
  }

  private static String smsText(@Nullable FeedbackView.Sms sms) {
    if (sms == null) {
      return "Inget sms (no SMS)";
    }
    return switch (sms.status()) {
      case "sent" ->
          "Sms lämnat till utskick: "
              + sms.recipients()
              + " mottagare, "
              + sms.queued()
              + " sms i kö (SMS handed over: "
              + sms.recipients()
              + " recipients, "
              + sms.queued()
              + " queued)";
      case "failed" -> "Sms gick inte att skicka (SMS failed): " + sms.detail();
      default ->
          "Sms väntar och försöks igen (SMS waiting, tried again)"
              + (sms.attempts() > 0 ? ", försök (attempts) " + sms.attempts() : "");
    };
  }
}
