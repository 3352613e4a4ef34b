package se.hord.dialogue.sms;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The hand-over queue {@code phone_handover}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PhoneHandoverRepository extends GenericRepository<PhoneHandover, Long> {
  /** Queues a number once per Idempotency-Key: a resent opt-in changes nothing. */
  @Query(
      "INSERT IGNORE INTO phone_handover (dialogue_id, idempotency_key, phone_number, attempts,"
          + " next_attempt_at, created_on) VALUES (:dialogueId, :key, :number, 0, :now, :today)")
  void queue(long dialogueId, String key, String number, Instant now, LocalDate today);

  @Query(
      value = "SELECT * FROM phone_handover WHERE next_attempt_at <= :now ORDER BY id LIMIT :limit",
      readOnly = true)
  List<PhoneHandover> findDue(Instant now, int limit);

  @Query("UPDATE phone_handover SET attempts = :attempts, next_attempt_at = :next WHERE id = :id")
  void retryLater(long id, int attempts, Instant next);

  @Query("DELETE FROM phone_handover WHERE id = :id")
  void remove(long id);

  @Query(
      value = "SELECT COUNT(*) FROM phone_handover WHERE dialogue_id = :dialogueId",
      readOnly = true)
  long countWaiting(long dialogueId);
}
