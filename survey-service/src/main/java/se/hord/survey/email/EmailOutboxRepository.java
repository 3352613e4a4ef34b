package se.hord.survey.email;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import se.hord.survey.sms.outbound.StatusCount;

/** The {@code email_outbox} table; every "now" is the database's UTC clock. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EmailOutboxRepository extends GenericRepository<EmailOutboxRow, Long> {
  /** Queues an e-mail; 0 when this address already has one for this purpose. */
  @Query(
      """
      INSERT IGNORE INTO email_outbox
        (email_hash, subject, body, purpose, status, attempts, next_attempt_at, created_at)
      VALUES (:emailHash, :subject, :body, :purpose, 'queued', 0, UTC_TIMESTAMP(3),
        UTC_TIMESTAMP(3))""")
  int enqueue(String emailHash, String subject, String body, String purpose);

  /** Due queued e-mails, locked; rows another instance holds are skipped, not waited for. */
  @Query(
      """
      SELECT id, email_hash, subject, body, purpose, status, attempts FROM email_outbox
      WHERE status = 'queued' AND next_attempt_at <= UTC_TIMESTAMP(3)
      ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED""")
  List<EmailOutboxRow> lockDue(int limit);

  /** Claims an e-mail: "sending" until the lease ends, one more attempt counted. */
  @Query(
      """
      UPDATE email_outbox SET status = 'sending', attempts = attempts + 1,
        next_attempt_at = UTC_TIMESTAMP(3) + INTERVAL :leaseMillis * 1000 MICROSECOND
      WHERE id = :id AND status = 'queued'""")
  int claim(long id, long leaseMillis);

  /** Claims whose instance stopped mid-send: the outcome is unknown, so they are not resent. */
  @Query(
      """
      UPDATE email_outbox SET status = 'unknown',
        error_message = 'Utfallet okänt efter ett avbrott; skickas inte igen (outcome unknown)'
      WHERE status = 'sending' AND next_attempt_at < UTC_TIMESTAMP(3)""")
  int expireClaims();

  /** A final state: sent, simulated or failed. */
  @Query(
      """
      UPDATE email_outbox SET status = :status, error_message = :errorMessage,
        sent_at = IF(:status = 'failed', sent_at, UTC_TIMESTAMP(3))
      WHERE id = :id AND status = 'sending'""")
  int finish(long id, String status, @Nullable String errorMessage);

  /** Back to the queue after a failure that may pass, due again after the delay. */
  @Query(
      """
      UPDATE email_outbox SET status = 'queued', error_message = :errorMessage,
        next_attempt_at = UTC_TIMESTAMP(3) + INTERVAL :delayMillis * 1000 MICROSECOND
      WHERE id = :id AND status = 'sending'""")
  int retryLater(long id, String errorMessage, long delayMillis);

  @Query(
      "SELECT status, COUNT(*) AS count FROM email_outbox WHERE purpose = :purpose GROUP BY"
          + " status")
  List<StatusCount> countByStatus(String purpose);
}
