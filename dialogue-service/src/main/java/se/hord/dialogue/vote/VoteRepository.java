package se.hord.dialogue.vote;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;

/** Stored votes. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface VoteRepository extends GenericRepository<Vote, Long> {

  /** Stores a vote, replacing the participant's earlier vote on the same statement. */
  @Query(
      "INSERT INTO vote (event_id, statement_id, participant, choice, age_band, gender, area,"
          + " voted_on, consent) VALUES (:eventId, :statementId, :participant, :choice, :ageBand,"
          + " :gender, :area, :votedOn, :consent) ON DUPLICATE KEY UPDATE choice = VALUES(choice),"
          + " age_band = VALUES(age_band), gender = VALUES(gender), area = VALUES(area),"
          + " voted_on = VALUES(voted_on), consent = VALUES(consent)")
  void upsert(
      long eventId,
      long statementId,
      String participant,
      int choice,
      @Nullable String ageBand,
      @Nullable String gender,
      @Nullable String area,
      LocalDate votedOn,
      boolean consent);

  /** The votes on a dialogue's approved statements, grouped by participant. */
  @Query(
      "SELECT v.* FROM vote v JOIN dialogue_statement s ON s.id = v.statement_id"
          + " WHERE s.dialogue_id = :dialogueId AND s.status = 'approved'"
          + " ORDER BY v.event_id, v.participant, v.statement_id")
  List<Vote> findApprovedByDialogue(long dialogueId);

  List<Vote> findByEventIdAndParticipant(Long eventId, String participant);

  /**
   * The statement's vote totals, read with a locking read so they include every committed vote (not
   * only those of this transaction's snapshot).
   */
  @Query(
      "SELECT COALESCE(SUM(choice = 1), 0) AS agree, COALESCE(SUM(choice = -1), 0) AS disagree,"
          + " COALESCE(SUM(choice = 0), 0) AS pass FROM vote WHERE statement_id = :statementId"
          + " LOCK IN SHARE MODE")
  VoteCounts countLocked(long statementId);
}
