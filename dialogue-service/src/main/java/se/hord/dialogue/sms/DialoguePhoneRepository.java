package se.hord.dialogue.sms;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

/** {@code dialogue_phone}: the hashes (survey-service's) of the numbers that opted in. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DialoguePhoneRepository extends GenericRepository<PhoneHandover, Long> {
  @Query(
      "INSERT IGNORE INTO dialogue_phone (dialogue_id, phone_hash, added_on)"
          + " VALUES (:dialogueId, :phoneHash, :today)")
  void add(long dialogueId, String phoneHash, LocalDate today);

  @Query(
      value =
          "SELECT phone_hash FROM dialogue_phone WHERE dialogue_id = :dialogueId ORDER BY phone_hash",
      readOnly = true)
  List<String> hashes(long dialogueId);
}
