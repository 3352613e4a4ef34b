package se.hord.analysis.safeguarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A flagged answer as the safeguarding officials see it: the scrubbed text, what it may disclose,
 * and its status (new, seen, acted) with who changed it and when.
 */
@Serdeable
public record Flag(
    long id,
    String itemId,
    String municipality,
    List<String> categories,
    String text,
    String created,
    String status,
    @Nullable String changedBy,
    @Nullable String changedAt) {

  static Flag of(FlagRow row) {
    return new Flag(
        row.id(),
        row.itemId(),
        row.municipality(),
        List.of(row.categories().split(",")),
        row.text(),
        row.created().toString(),
        row.status(),
        row.changedBy(),
        row.changedAt() == null ? null : row.changedAt().toString());
  }
}
