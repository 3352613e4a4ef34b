package se.hord.analysis.safeguarding;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Safeguarding flags, one per answer. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface FlagRepository extends CrudRepository<FlagRow, Long> {
  /** Flags an answer unless it already is (a re-delivery or a rebuild); 0 when it was. */
  @Query(
      "INSERT IGNORE INTO safeguarding_flag (item_id, municipality, categories, text, created,"
          + " status) VALUES (:itemId, :municipality, :categories, :text, :created, 'new')")
  int flagOnce(String itemId, String municipality, String categories, String text, Instant created);

  List<FlagRow> listOrderByIdDesc();

  List<FlagRow> listByMunicipalityInListOrderByIdDesc(Collection<String> municipalities);

  /** Flags whose alert survey-service has not accepted yet and that are due to be tried. */
  @Query(
      "SELECT * FROM safeguarding_flag WHERE alerted_at IS NULL AND (alert_next_at IS NULL OR"
          + " alert_next_at <= :now) ORDER BY id LIMIT 20")
  List<FlagRow> dueForAlert(Instant now);

  /** survey-service accepted the flag's alert: it is never sent again. */
  @Query("UPDATE safeguarding_flag SET alerted_at = :at WHERE id = :id")
  int markAlerted(long id, Instant at);

  /** The alert failed: try again after 2^attempts seconds, at most {@code maxSeconds}. */
  @Query(
      "UPDATE safeguarding_flag SET alert_next_at = DATE_ADD(:now, INTERVAL LEAST(POW(2,"
          + " alert_attempts), :maxSeconds) SECOND), alert_attempts = alert_attempts + 1"
          + " WHERE id = :id")
  int retryAlertLater(long id, Instant now, long maxSeconds);

  /** Records a new status and who set it when. */
  @Query(
      "UPDATE safeguarding_flag SET status = :status, changed_by = :changedBy,"
          + " changed_at = :changedAt WHERE id = :id")
  int changeStatus(long id, String status, String changedBy, Instant changedAt);
}
