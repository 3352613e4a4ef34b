package se.hord.survey.sms.conversation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDateTime;
import java.util.Optional;

/** SMS conversations in {@code sms_conversation}: at most one per phone hash. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ConversationRepository extends CrudRepository<ConversationRow, Long> {
  Optional<ConversationRow> findFirstByPhoneHashOrderByIdDesc(String phoneHash);

  void deleteByPhoneHash(String phoneHash);

  /** Conversations abandoned for longer than the number retention go, answers and all. */
  @Query("DELETE FROM sms_conversation WHERE last_activity_at < :before")
  int deleteIdleSince(LocalDateTime before);
}
