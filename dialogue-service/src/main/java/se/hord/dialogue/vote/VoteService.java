package se.hord.dialogue.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.hord.dialogue.common.Fingerprints;
import se.hord.dialogue.common.Participants;
import se.hord.dialogue.common.Today;
import se.hord.dialogue.common.Violations;
import se.hord.dialogue.dialogue.DialogueStatement;
import se.hord.dialogue.dialogue.DialogueStatementRepository;
import se.hord.dialogue.event.EventAccess;
import se.hord.dialogue.event.EventDetails;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/**
 * Stores votes. One participant has one vote per statement: voting again replaces the earlier vote
 * (the unique key makes that an update, never a second row), so a young person may change their
 * mind and a resent vote counts once even without an Idempotency-Key. The statement's row is locked
 * while a vote is written, so its totals reach the feed in order ({@link VoteSummaries}).
 */
@Singleton
public class VoteService {
  static final int MAX_BACKGROUND = 40;
  static final int MAX_AREA = 100;

  private final VoteRepository votes;
  private final DialogueStatementRepository statements;
  private final EventAccess access;
  private final Idempotency idempotency;
  private final Fingerprints fingerprints;
  private final Today today;
  private final VoteSummaries summaries;

  VoteService(
      VoteRepository votes,
      DialogueStatementRepository statements,
      EventAccess access,
      Idempotency idempotency,
      Fingerprints fingerprints,
      Today today,
      VoteSummaries summaries) {
    this.votes = votes;
    this.statements = statements;
    this.access = access;
    this.idempotency = idempotency;
    this.fingerprints = fingerprints;
    this.today = today;
    this.summaries = summaries;
  }

  /** Stores a vote; once per Idempotency-Key when one is sent. */
  @Transactional
  public Idempotency.Outcome<VoteReceipt> cast(
      long eventId, @Nullable String key, VoteRequest request, Caller caller) {
    if (key != null) {
      Idempotency.checkKey(key);
    }
    EventDetails scope = access.require(eventId, caller);
    Violations violations = new Violations();
    String statementKey = violations.text("statement", request.statement(), 64, true);
    Integer choice = Choices.of(request.vote());
    if (choice == null) {
      violations.add("vote", "Rösta agree, disagree eller pass. (Vote agree, disagree or pass.)");
    }
    String participant = Participants.check(violations, request.participant(), true);
    String ageBand = violations.text("ageBand", request.ageBand(), MAX_BACKGROUND, false);
    String gender = violations.text("gender", request.gender(), MAX_BACKGROUND, false);
    String area = violations.text("area", request.area(), MAX_AREA, false);
    DialogueStatement statement =
        statementKey == null
            ? null
            : statements.lockByKey(scope.dialogue().id(), statementKey).orElse(null);
    if (statementKey != null && statement == null) {
      violations.add(
          "statement",
          "Dialogen har inget sådant påstående. (The dialogue has no such statement.)");
    }
    violations.throwIfAny();
    if (!statement.approved()) {
      throw ProblemException.conflict(
          "Det här påståendet är inte godkänt (ännu), så ingen kan rösta på det."
              + " (This statement is not approved, so nobody can vote on it.)");
    }
    Vote vote =
        new Vote(
            null,
            eventId,
            statement.id(),
            participant,
            choice,
            ageBand,
            gender,
            area,
            today.date(),
            Boolean.TRUE.equals(request.consent()));
    VoteReceipt receipt = new VoteReceipt(eventId, statementKey, request.vote(), "stored");
    if (key == null) {
      write(vote, statement, scope);
      return new Idempotency.Outcome<>(receipt, false);
    }
    return idempotency.once(
        "vote:" + eventId,
        key,
        fingerprints.of(request),
        VoteReceipt.class,
        () -> {
          write(vote, statement, scope);
          return receipt;
        });
  }

  /** Stores the vote and publishes the statement's new totals, in this transaction. */
  private void write(Vote vote, DialogueStatement statement, EventDetails scope) {
    votes.upsert(
        vote.eventId(),
        vote.statementId(),
        vote.participant(),
        vote.choice(),
        vote.ageBand(),
        vote.gender(),
        vote.area(),
        vote.votedOn(),
        vote.consent());
    summaries.publish(statement, scope.dialogue(), vote.votedOn());
  }
}
