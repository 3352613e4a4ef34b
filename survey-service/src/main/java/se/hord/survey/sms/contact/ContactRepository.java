package se.hord.survey.sms.contact;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Contacts in {@code sms_contact} and feedback wishes in {@code sms_feedback_optin}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ContactRepository extends GenericRepository<ContactRow, String> {
  Optional<ContactRow> findById(String phoneHash);

  @Query("INSERT IGNORE INTO sms_contact (phone_hash) VALUES (:phoneHash)")
  void ensure(String phoneHash);

  /**
   * Creates the contact if new and holds its row's exclusive lock until the transaction ends. One
   * statement: INSERT IGNORE would take a shared lock on an existing row, and two transactions
   * upgrading shared locks to exclusive ones deadlock.
   */
  @Query(
      "INSERT INTO sms_contact (phone_hash) VALUES (:phoneHash)"
          + " ON DUPLICATE KEY UPDATE phone_hash = phone_hash")
  void ensureLocked(String phoneHash);

  @Query("UPDATE sms_contact SET opted_out = TRUE WHERE phone_hash = :phoneHash")
  int markOptedOut(String phoneHash);

  @Query("UPDATE sms_contact SET opted_out = FALSE WHERE phone_hash = :phoneHash")
  int markOptedIn(String phoneHash);

  @Query("UPDATE sms_contact SET invalid = TRUE WHERE phone_hash = :phoneHash")
  void setInvalid(String phoneHash);

  @Query(
      "UPDATE sms_contact SET number_encrypted = :encrypted, number_reason = :reason,"
          + " number_until = :until WHERE phone_hash = :phoneHash")
  void keep(String phoneHash, String encrypted, String reason, LocalDate until);

  @Query(
      "UPDATE sms_contact SET number_encrypted = NULL, number_reason = NULL, number_until = NULL"
          + " WHERE phone_hash = :phoneHash")
  void forget(String phoneHash);

  @Query(
      "UPDATE sms_contact SET number_encrypted = NULL, number_reason = NULL, number_until = NULL"
          + " WHERE number_until < :today")
  int forgetExpired(LocalDate today);

  @Query(
      "INSERT IGNORE INTO sms_feedback_optin (phone_hash, survey_id, opted_in_on)"
          + " VALUES (:phoneHash, :surveyId, :today)")
  void optInToFeedback(String phoneHash, long surveyId, LocalDate today);

  @Query("SELECT COUNT(*) FROM sms_feedback_optin WHERE phone_hash = :phoneHash")
  long feedbackWishes(String phoneHash);

  @Query(
      value =
          "SELECT f.phone_hash FROM sms_feedback_optin f JOIN sms_contact c"
              + " ON c.phone_hash = f.phone_hash WHERE f.survey_id = :surveyId"
              + " AND c.opted_out = FALSE AND c.invalid = FALSE ORDER BY f.phone_hash",
      readOnly = true)
  List<String> feedbackRecipients(long surveyId);
}
