package se.hord.analysis.theme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The codebook in the {@code theme} table. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ThemeRepository extends CrudRepository<ThemeRow, String> {
  List<ThemeRow> listOrderByThemeKey();
}
