package se.hord.survey.sms.outbound;

import io.micronaut.core.annotation.Nullable;

/** Hands one SMS to the SMS provider (Twilio) and says how that went. */
public interface SmsGateway {
  /** Sends {@code body} to {@code to}; never throws for what the provider answers. */
  SendOutcome send(String to, String body);

  /** What the provider answered. */
  sealed interface SendOutcome {
    /** Taken; {@code sid} is the provider's id (Twilio's MessageSid). */
    record Accepted(String sid) implements SendOutcome {}

    /** Not now (429, 5xx, or the provider could not be reached): try again later. */
    record TryLater(@Nullable Integer errorCode, String why) implements SendOutcome {}

    /** Refused for good (4xx), with the provider's error code, e.g. 21211 or 21610. */
    record Refused(@Nullable Integer errorCode, String why) implements SendOutcome {}

    /** The request may or may not have reached the provider (e.g. a read timeout). */
    record Unknown(String why) implements SendOutcome {}
  }
}
