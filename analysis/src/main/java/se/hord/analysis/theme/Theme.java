package se.hord.analysis.theme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A theme of the codebook as the API shows it; in a {@code PUT} body the key comes from the path.
 *
 * @param query a Lucene query over the answers' text, in the search syntax
 */
@Serdeable
public record Theme(
    @Nullable String key,
    @Nullable Label label,
    @Nullable String query,
    @Nullable String description) {

  /** A label in Swedish and English. */
  @Serdeable
  public record Label(@Nullable String sv, @Nullable String en) {}

  static Theme of(ThemeRow row) {
    return new Theme(
        row.themeKey(),
        new Label(row.labelSv(), row.labelEn()),
        row.luceneQuery(),
        row.description());
  }
}
