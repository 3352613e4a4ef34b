package se.hord.dialogue.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import se.hord.dialogue.dialogue.DialogueStatement;

/** A statement with its moderation status, as officials (and its author's app) see it. */
@Serdeable
public record StatementView(
    long id,
    String key,
    String text,
    String status,
    String origin,
    @Nullable Long eventId,
    @Nullable LocalDate createdOn,
    boolean consent) {

  static StatementView of(DialogueStatement s) {
    return new StatementView(
        s.id(),
        s.statementKey(),
        s.text(),
        s.status(),
        s.origin(),
        s.eventId(),
        s.createdOn(),
        s.consent());
  }
}
