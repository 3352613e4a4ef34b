package se.hord.dialogue.statement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.hord.dialogue.common.Fingerprints;
import se.hord.dialogue.common.Participants;
import se.hord.dialogue.common.Today;
import se.hord.dialogue.common.Violations;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.dialogue.dialogue.DialogueStatement;
import se.hord.dialogue.dialogue.DialogueStatementRepository;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.dialogue.event.EventAccess;
import se.hord.dialogue.event.EventDetails;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/** Takes participants' statements at events and lists statements for officials to moderate. */
@Singleton
public class StatementService {
  static final int MAX_TEXT = 500;
  private static final Set<String> STATUSES =
      Set.of(DialogueStatement.PENDING, DialogueStatement.APPROVED, DialogueStatement.REJECTED);

  private final DialogueStatementRepository statements;
  private final EventAccess access;
  private final DialogueService dialogues;
  private final Idempotency idempotency;
  private final Fingerprints fingerprints;
  private final Today today;

  StatementService(
      DialogueStatementRepository statements,
      EventAccess access,
      DialogueService dialogues,
      Idempotency idempotency,
      Fingerprints fingerprints,
      Today today) {
    this.statements = statements;
    this.access = access;
    this.dialogues = dialogues;
    this.idempotency = idempotency;
    this.fingerprints = fingerprints;
    this.today = today;
  }

  /** Stores a participant's statement as pending; once per Idempotency-Key when one is sent. */
  @Transactional
  public Idempotency.Outcome<StatementView> propose(
      long eventId, @Nullable String key, StatementRequest request, Caller caller) {
    if (key != null) {
      Idempotency.checkKey(key);
    }
    EventDetails scope = access.require(eventId, caller);
    Violations violations = new Violations();
    String text = violations.text("text", request.text(), MAX_TEXT, true);
    Participants.check(violations, request.participant(), false);
    violations.throwIfAny();
    boolean consent = Boolean.TRUE.equals(request.consent());
    if (key == null) {
      return new Idempotency.Outcome<>(write(scope.dialogue(), eventId, text, consent), false);
    }
    return idempotency.once(
        "statement:" + eventId,
        key,
        fingerprints.of(request),
        StatementView.class,
        () -> write(scope.dialogue(), eventId, text, consent));
  }

  /** A dialogue's statements in order, all of them or those with one status. */
  @Transactional(readOnly = true)
  public List<StatementView> list(long dialogueId, @Nullable String status, Caller caller) {
    DialogueView dialogue = dialogues.visible(dialogueId, caller);
    if (status != null && !STATUSES.contains(status)) {
      throw ProblemException.badRequest(
          "Status kan vara pending, approved eller rejected."
              + " (Status can be pending, approved or rejected.)");
    }
    List<DialogueStatement> rows =
        status == null
            ? statements.findByDialogueIdOrderByPosition(dialogue.id())
            : statements.findByDialogueIdAndStatusOrderByPosition(dialogue.id(), status);
    return rows.stream().map(StatementView::of).toList();
  }

  private StatementView write(DialogueView dialogue, long eventId, String text, boolean consent) {
    int position = (int) statements.countByDialogueId(dialogue.id());
    // The key is made from the id, known only after the insert; a unique placeholder until then.
    DialogueStatement saved =
        statements.save(
            new DialogueStatement(
                null,
                dialogue.id(),
                position,
                "new-" + UUID.randomUUID(),
                text,
                DialogueStatement.PENDING,
                DialogueStatement.PARTICIPANT,
                eventId,
                today.date(),
                consent));
    DialogueStatement keyed =
        statements.update(saved.withKey(DialogueStatement.PARTICIPANT_KEY_PREFIX + saved.id()));
    return StatementView.of(keyed);
  }
}
