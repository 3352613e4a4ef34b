package se.hord.survey.sms.outbound;

import java.util.Set;

/** The states of an outbox message (column {@code sms_outbox.status}). */
public final class OutboxStatus {
  public static final String QUEUED = "queued";
  public static final String SENDING = "sending";
  public static final String SENT = "sent";
  public static final String DELIVERED = "delivered";
  public static final String FAILED = "failed";
  public static final String UNDELIVERED = "undelivered";
  public static final String SIMULATED = "simulated";
  public static final String SKIPPED_OPTED_OUT = "skipped_opted_out";
  public static final String INVALID = "invalid";

  /** Claimed, but the instance stopped before it knew whether Twilio took it: not resent. */
  public static final String UNKNOWN = "unknown";

  /** States Twilio's status callbacks may move a sent message into. */
  public static final Set<String> AFTER_SENT = Set.of(SENT, DELIVERED, UNDELIVERED, FAILED);

  private OutboxStatus() {}
}
