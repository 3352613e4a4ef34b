package se.hord.survey.sms.outbound;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * How the outbox sender runs: {@code hord.sms.rate-per-second} (HORD_SMS_RATE_PER_SECOND, default
 * 1, Twilio's limit for a long code), how often it looks for due messages, the retry backoff and
 * how long a claimed message may stay "sending" before its outcome counts as unknown.
 */
@ConfigurationProperties("hord.sms")
public class SenderSettings {
  private double ratePerSecond = 1;
  private boolean senderEnabled = true;
  private Duration sendInterval = Duration.ofMillis(200);
  private Duration retryBase = Duration.ofSeconds(2);
  private Duration retryMax = Duration.ofMinutes(10);
  private int maxAttempts = 8;
  private Duration sendingLease = Duration.ofMinutes(2);

  /** Messages a second per sender (From number or Messaging Service), across all instances. */
  public double getRatePerSecond() {
    return ratePerSecond;
  }

  public void setRatePerSecond(double ratePerSecond) {
    this.ratePerSecond = ratePerSecond > 0 ? ratePerSecond : 1;
  }

  /** False: no scheduled sending in this instance (tests drive {@link OutboxSender#tick()}). */
  public boolean isSenderEnabled() {
    return senderEnabled;
  }

  public void setSenderEnabled(boolean senderEnabled) {
    this.senderEnabled = senderEnabled;
  }

  public Duration getSendInterval() {
    return sendInterval;
  }

  public void setSendInterval(Duration sendInterval) {
    this.sendInterval = sendInterval;
  }

  /** The first retry waits this long; each next one twice as long, up to {@link #getRetryMax}. */
  public Duration getRetryBase() {
    return retryBase;
  }

  public void setRetryBase(Duration retryBase) {
    this.retryBase = retryBase;
  }

  public Duration getRetryMax() {
    return retryMax;
  }

  public void setRetryMax(Duration retryMax) {
    this.retryMax = retryMax;
  }

  /** After this many attempts a message that still meets 429/5xx is marked failed. */
  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = Math.max(1, maxAttempts);
  }

  /**
   * Longer than any one call to Twilio can take (the SDK's timeouts are 30 s): a message still
   * "sending" after this belonged to an instance that died mid-call, and is marked unknown.
   */
  public Duration getSendingLease() {
    return sendingLease;
  }

  public void setSendingLease(Duration sendingLease) {
    this.sendingLease = sendingLease;
  }

  /** How many messages one tick may claim: the rate over one interval, at least one. */
  public int perTick() {
    return Math.max(1, (int) Math.floor(ratePerSecond * sendInterval.toMillis() / 1000.0));
  }

  /** The pause a sender owes after each message, in milliseconds. */
  public long millisPerMessage() {
    return Math.max(1, Math.round(1000.0 / ratePerSecond));
  }
}
