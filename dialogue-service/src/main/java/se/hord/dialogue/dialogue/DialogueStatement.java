package se.hord.dialogue.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * One statement of a dialogue that participants agree or disagree with, as stored. Written by the
 * official ({@code origin} "official", approved from the start) or by a participant at an event
 * ({@code origin} "participant", pending until an official decides). {@code consent}: the
 * participant agreed that it may be shown and used (always true for officials' statements); one
 * without consent is never approved, so it never leaves the service.
 */
@MappedEntity("dialogue_statement")
public record DialogueStatement(
    @Id @GeneratedValue @Nullable Long id,
    Long dialogueId,
    int position,
    String statementKey,
    String text,
    String status,
    String origin,
    @Nullable Long eventId,
    @Nullable LocalDate createdOn,
    boolean consent) {

  /** Waiting for an official's decision. */
  public static final String PENDING = "pending";

  /** May be voted on, summarised, exported and fed to analysis. */
  public static final String APPROVED = "approved";

  /** Never shown anywhere again. */
  public static final String REJECTED = "rejected";

  /** Written by the official in the dialogue definition. */
  public static final String OFFICIAL = "official";

  /** Written by a participant at an event. */
  public static final String PARTICIPANT = "participant";

  /** Keys of participants' statements start with this; officials may not use it. */
  public static final String PARTICIPANT_KEY_PREFIX = "p-";

  /** True when the statement may be voted on and shown. */
  public boolean approved() {
    return APPROVED.equals(status);
  }

  /** The same statement with another status. */
  public DialogueStatement withStatus(String newStatus) {
    return new DialogueStatement(
        id,
        dialogueId,
        position,
        statementKey,
        text,
        newStatus,
        origin,
        eventId,
        createdOn,
        consent);
  }

  /** The same statement with another key. */
  public DialogueStatement withKey(String newKey) {
    return new DialogueStatement(
        id, dialogueId, position, newKey, text, status, origin, eventId, createdOn, consent);
  }
}
