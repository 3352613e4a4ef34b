package se.hord.survey.sms.inbound;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import se.hord.platform.db.GatheredWrites;

/**
 * Records handled messages with their replies: one statement for a whole group-commit batch. A
 * MessageSid that is already recorded (the same message delivered twice at once) fails the write
 * with a {@link DataAccessException}; the batch is then committed message by message, and the
 * second delivery gets the first one's replies.
 */
@Singleton
class InboundWriter extends GatheredWrites<InboundRow> {
  private final JdbcOperations jdbc;

  InboundWriter(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  void record(InboundRow row) {
    add(List.of(row));
  }

  @Override
  protected void write(List<InboundRow> rows) {
    try {
      executeBatch(
          jdbc.getConnection(),
          "INSERT INTO sms_inbound (message_sid, phone_hash, reply, received_on)"
              + " VALUES (?, ?, ?, ?)",
          rows,
          (insert, row) -> {
            insert.setString(1, row.messageSid());
            insert.setString(2, row.phoneHash());
            insert.setString(3, row.reply());
            insert.setObject(4, row.receivedOn());
          });
    } catch (SQLException e) {
      throw new DataAccessException("could not record the inbound messages", e);
    }
  }
}
