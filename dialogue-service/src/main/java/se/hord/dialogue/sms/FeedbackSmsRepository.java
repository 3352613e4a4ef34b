package se.hord.dialogue.sms;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The outbox {@code feedback_sms}. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedbackSmsRepository extends CrudRepository<FeedbackSms, Long> {
  @Query(
      value =
          "SELECT * FROM feedback_sms WHERE status = 'pending' AND next_attempt_at <= :now"
              + " ORDER BY feedback_id LIMIT :limit",
      readOnly = true)
  List<FeedbackSms> findDue(Instant now, int limit);

  List<FeedbackSms> findByFeedbackIdIn(Collection<Long> feedbackIds);
}
