package se.hord.survey.email;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

/** Addresses in {@code email_contact} and their feedback wishes in {@code email_feedback_optin}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EmailContactRepository extends GenericRepository<EmailContactRow, String> {
  @Query(
      "INSERT INTO email_contact (email_hash, email_encrypted, kept_until)"
          + " VALUES (:emailHash, :encrypted, :until) ON DUPLICATE KEY UPDATE"
          + " email_encrypted = VALUES(email_encrypted), kept_until = VALUES(kept_until)")
  void keep(String emailHash, String encrypted, LocalDate until);

  @Query(
      "INSERT IGNORE INTO email_feedback_optin (email_hash, survey_id, opted_in_on)"
          + " VALUES (:emailHash, :surveyId, :today)")
  void optInToFeedback(String emailHash, long surveyId, LocalDate today);

  @Query(
      value =
          "SELECT c.* FROM email_contact c JOIN email_feedback_optin f"
              + " ON f.email_hash = c.email_hash WHERE f.survey_id = :surveyId"
              + " ORDER BY c.email_hash",
      readOnly = true)
  List<EmailContactRow> feedbackRecipients(long surveyId);

  List<EmailContactRow> findByEmailHashIn(List<String> emailHash);

  /** Their feedback wishes go with them (ON DELETE CASCADE). */
  @Query("DELETE FROM email_contact WHERE kept_until < :today")
  int forgetExpired(LocalDate today);
}
