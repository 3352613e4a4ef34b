package se.hord.survey.sms.outbound;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDateTime;

/**
 * The rate limit of one sender (From number or Messaging Service), shared by every instance through
 * its row in {@code sms_sender_pace}: an instance holds the row's lock while it claims, so two
 * instances never spend the same allowance.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SenderPace extends GenericRepository<SenderPace.Row, String> {
  /** A sender and when it may next send (UTC). */
  @MappedEntity("sms_sender_pace")
  record Row(@Id String sender, LocalDateTime availableAt) {}

  @Query(
      "INSERT IGNORE INTO sms_sender_pace (sender, available_at) VALUES (:sender, UTC_TIMESTAMP(3))")
  void ensure(String sender);

  /** Locks the sender's row until the transaction ends; 1 when it may send now, else 0. */
  @Query(
      """
      SELECT IF(available_at <= UTC_TIMESTAMP(3), 1, 0) FROM sms_sender_pace
      WHERE sender = :sender FOR UPDATE""")
  int lockAndCheck(String sender);

  /** The sender owes a pause of this many milliseconds more, counted from now at the earliest. */
  @Query(
      """
      UPDATE sms_sender_pace
      SET available_at = GREATEST(available_at, UTC_TIMESTAMP(3)) + INTERVAL :millis * 1000 MICROSECOND
      WHERE sender = :sender""")
  void spend(String sender, long millis);
}
