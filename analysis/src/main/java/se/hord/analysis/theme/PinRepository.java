package se.hord.analysis.theme;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** Pins in the {@code theme_pin} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface PinRepository extends CrudRepository<PinRow, Long> {
  List<PinRow> listOrderByThemeKeyAndItemId();

  List<PinRow> findByThemeKeyOrderByItemId(String themeKey);

  /** Pins an answer, or changes how it is pinned. */
  @Query(
      "INSERT INTO theme_pin (theme_key, item_id, mode, changed_by, changed_at)"
          + " VALUES (:themeKey, :itemId, :mode, :changedBy, :changedAt)"
          + " ON DUPLICATE KEY UPDATE mode = VALUES(mode), changed_by = VALUES(changed_by),"
          + " changed_at = VALUES(changed_at)")
  void upsert(String themeKey, String itemId, String mode, String changedBy, Instant changedAt);

  /** Removes a pin; 0 when there was none. */
  @Query("DELETE FROM theme_pin WHERE theme_key = :themeKey AND item_id = :itemId")
  int unpin(String themeKey, String itemId);
}
