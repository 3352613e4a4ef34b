package se.hord.dialogue.statement;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.dialogue.dialogue.DialogueStatement;
import se.hord.dialogue.dialogue.DialogueStatementRepository;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.platform.feed.Feed;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/**
 * An official's decision on a pending statement. A decision is final: the same decision again is
 * answered as before, the other one is refused (409), so a statement that reached the feed or a
 * summary is never taken back and a rejected one never shows up anywhere.
 */
@Singleton
public class Moderation {
  private static final Map<String, String> DECISIONS =
      Map.of("approve", DialogueStatement.APPROVED, "reject", DialogueStatement.REJECTED);

  private final DialogueStatementRepository statements;
  private final DialogueService dialogues;
  private final Feed feed;

  Moderation(DialogueStatementRepository statements, DialogueService dialogues, Feed feed) {
    this.statements = statements;
    this.dialogues = dialogues;
    this.feed = feed;
  }

  /** Approves or rejects; an approved participant statement is published on the feed. */
  @Transactional
  public StatementView decide(
      long dialogueId, String key, ModerationRequest request, Caller caller) {
    DialogueView dialogue = dialogues.visible(dialogueId, caller);
    String target = request.decision() == null ? null : DECISIONS.get(request.decision());
    if (target == null) {
      throw ProblemException.badRequest(
          "Beslutet ska vara approve eller reject. (The decision must be approve or reject.)");
    }
    DialogueStatement statement =
        statements
            .lockByKey(dialogue.id(), key)
            .orElseThrow(
                () ->
                    ProblemException.notFound(
                        "Dialogen har inget sådant påstående. (The dialogue has no such"
                            + " statement.)"));
    if (statement.status().equals(target)) {
      return StatementView.of(statement);
    }
    if (!DialogueStatement.PENDING.equals(statement.status())) {
      throw ProblemException.conflict(
          "Påståendet är redan "
              + (statement.approved() ? "godkänt" : "avvisat")
              + " och beslutet kan inte ändras. (The statement was already "
              + statement.status()
              + " and the decision cannot be changed.)");
    }
    if (DialogueStatement.APPROVED.equals(target) && !statement.consent()) {
      throw ProblemException.conflict(
          "Personen som skrev påståendet sa inte ja till att det visas, så det kan bara avvisas."
              + " (The person who wrote it did not agree to it being shown, so it can only be"
              + " rejected.)");
    }
    DialogueStatement decided = statements.update(statement.withStatus(target));
    if (decided.approved()) {
      feed.append(List.of(feedItem(decided, dialogue)));
    }
    return StatementView.of(decided);
  }

  private static FeedItem feedItem(DialogueStatement s, DialogueView dialogue) {
    return new FeedItem(
        "dialogue:stmt-" + s.id(),
        "dialogue",
        dialogue.municipality(),
        String.valueOf(dialogue.id()),
        dialogue.title(),
        null,
        null,
        s.text(),
        "sv",
        null,
        null,
        null,
        "popup",
        s.createdOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
        null);
  }
}
