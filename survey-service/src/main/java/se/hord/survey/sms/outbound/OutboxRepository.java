package se.hord.survey.sms.outbound;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The {@code sms_outbox} table. Every "now" is the database's UTC clock, one for all instances. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface OutboxRepository extends GenericRepository<OutboxRow, Long> {
  /** Queues a message; 0 when this phone already has a message for this purpose. */
  @Query(
      """
      INSERT IGNORE INTO sms_outbox
        (phone_hash, body, purpose, status, attempts, next_attempt_at, created_at)
      VALUES (:phoneHash, :body, :purpose, 'queued', 0, UTC_TIMESTAMP(3), UTC_TIMESTAMP(3))""")
  int enqueue(String phoneHash, String body, String purpose);

  /** Due queued messages, locked; rows another instance holds are skipped, not waited for. */
  @Query(
      """
      SELECT * FROM sms_outbox
      WHERE status = 'queued' AND next_attempt_at <= UTC_TIMESTAMP(3)
      ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""")
  List<OutboxRow> lockDue(int limit);

  /** Claims a message: "sending" until the lease ends, one more attempt counted. */
  @Query(
      """
      UPDATE sms_outbox SET status = 'sending', attempts = attempts + 1,
        next_attempt_at = UTC_TIMESTAMP(3) + INTERVAL :leaseMillis * 1000 MICROSECOND
      WHERE id = :id AND status = 'queued'""")
  int claim(long id, long leaseMillis);

  /** Claims whose instance stopped mid-call: their outcome is unknown, so they are not resent. */
  @Query(
      """
      UPDATE sms_outbox SET status = 'unknown',
        error_message = 'Utfallet okänt efter ett avbrott; skickas inte igen (outcome unknown)'
      WHERE status = 'sending' AND next_attempt_at < UTC_TIMESTAMP(3)""")
  int expireClaims();

  /** Twilio took the message. */
  @Query(
      """
      UPDATE sms_outbox SET status = 'sent', twilio_sid = :sid, sent_at = UTC_TIMESTAMP(3)
      WHERE id = :id AND status = 'sending'""")
  int sent(long id, String sid);

  /** A final state without a send (failed, simulated, skipped_opted_out, invalid). */
  @Query(
      """
      UPDATE sms_outbox SET status = :status, error_code = :errorCode,
        error_message = :errorMessage,
        sent_at = IF(:status = 'simulated', UTC_TIMESTAMP(3), sent_at)
      WHERE id = :id AND status = 'sending'""")
  int finish(long id, String status, @Nullable Integer errorCode, @Nullable String errorMessage);

  /** Back to the queue after a 429 or 5xx, due again after the backoff. */
  @Query(
      """
      UPDATE sms_outbox SET status = 'queued', error_code = :errorCode,
        next_attempt_at = UTC_TIMESTAMP(3) + INTERVAL :delayMillis * 1000 MICROSECOND
      WHERE id = :id AND status = 'sending'""")
  int retryLater(long id, @Nullable Integer errorCode, long delayMillis);

  /** A delivery state from Twilio's status callback, by MessageSid. */
  @Query(
      """
      UPDATE sms_outbox SET status = :status,
        error_code = COALESCE(:errorCode, error_code)
      WHERE twilio_sid = :sid""")
  int track(String sid, String status, @Nullable Integer errorCode);

  Optional<OutboxRow> findByTwilioSid(String twilioSid);

  Optional<OutboxRow> findById(long id);

  List<OutboxRow> findByPurposeOrderById(String purpose);

  /** The newest messages to one phone, newest first. */
  @Query("SELECT * FROM sms_outbox WHERE phone_hash = :phoneHash ORDER BY id DESC LIMIT :limit")
  List<OutboxRow> newestTo(String phoneHash, int limit);

  /** How many messages of one purpose are in each state. */
  @Query(
      "SELECT status, COUNT(*) AS count FROM sms_outbox WHERE purpose = :purpose GROUP BY status")
  List<StatusCount> countByStatus(String purpose);
}
