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

  /** Records a new status and who set it when. */
  @Query(
      "UPDATE safeguarding_flag SET status = :status, changed_by = :changedBy,"
          + " changed_at = :changedAt WHERE id = :id")
  int changeStatus(long id, String status, String changedBy, Instant changedAt);
}
