package se.hord.platform.idempotency;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import se.hord.platform.db.GatheredWrites;
import se.hord.platform.web.ProblemException;

/**
 * Does a write at most once per {@code Idempotency-Key}: the key is claimed in the same transaction
 * as the write, so either both commit or neither does. A retry with the same key and the same
 * request gets the first answer back; a concurrent retry waits for the first to commit and then
 * gets its answer. In a {@link se.hord.platform.db.GroupCommit} batch the claims are made at once
 * (that is what makes a concurrent retry wait) and the answers recorded with one statement at the
 * end of the batch.
 */
@Singleton
public class Idempotency extends GatheredWrites<Idempotency.Answered> {
  /** Longest key accepted. */
  public static final int MAX_KEY_LENGTH = 128;

  private final JdbcOperations jdbc;
  private final JsonMapper json;

  public Idempotency(JdbcOperations jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The answer to a request, and whether it was stored by an earlier request with the key. */
  public record Outcome<T>(T value, boolean replayed) {}

  /**
   * Runs {@code write} unless the key was used before, inside the caller's transaction.
   *
   * @param scope what the key is for, e.g. {@code survey-response:42}
   * @param request a stable rendering of the request, to catch a key reused for another one
   */
  @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
  public <T> Outcome<T> once(
      String scope, String key, String request, Class<T> type, Supplier<T> write) {
    checkKey(key);
    String hash = sha256(request);
    Connection connection = jdbc.getConnection();
    try {
      if (!claim(connection, scope, key, hash)) {
        return new Outcome<>(stored(connection, scope, key, hash, type), true);
      }
      T value = write.get();
      add(List.of(new Answered(scope, key, json.writeValueAsString(value))));
      return new Outcome<>(value, false);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("could not record the idempotency key", e);
    }
  }

  /** The answer a claimed key gives from now on. */
  record Answered(String scope, String key, String body) {}

  @Override
  protected void write(List<Answered> answered) {
    try {
      executeBatch(
          jdbc.getConnection(),
          "UPDATE idempotency_key SET status = 1, body = ? WHERE scope = ? AND idem_key = ?",
          answered,
          (update, a) -> {
            update.setString(1, a.body());
            update.setString(2, a.scope());
            update.setString(3, a.key());
          });
    } catch (SQLException e) {
      throw new IllegalStateException("could not record the idempotency keys", e);
    }
  }

  /** Checks a key before anything is done, with a plain answer when it will not do. */
  public static void checkKey(String key) {
    if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw ProblemException.badRequest(
          "Skicka med rubriken Idempotency-Key: ett unikt värde (högst "
              + MAX_KEY_LENGTH
              + " tecken) per svar, så att ett nytt försök inte sparar svaret två gånger."
              + " (Send an Idempotency-Key header: a unique value of at most "
              + MAX_KEY_LENGTH
              + " characters per answer, so a retry does not store it twice.)");
    }
  }

  private static boolean claim(Connection connection, String scope, String key, String hash)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO idempotency_key (scope, idem_key, request_hash, status, body)"
                + " VALUES (?, ?, ?, 0, '')")) {
      insert.setString(1, scope);
      insert.setString(2, key);
      insert.setString(3, hash);
      insert.executeUpdate();
      return true;
    } catch (SQLIntegrityConstraintViolationException duplicate) {
      return false;
    }
  }

  private <T> T stored(Connection connection, String scope, String key, String hash, Class<T> type)
      throws SQLException, IOException {
    // A locking read sees the latest committed row, whatever this transaction's snapshot is.
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT request_hash, body FROM idempotency_key"
                + " WHERE scope = ? AND idem_key = ? LOCK IN SHARE MODE")) {
      select.setString(1, scope);
      select.setString(2, key);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        if (!row.getString(1).equals(hash)) {
          throw new ProblemException(
              io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY,
              "Den här Idempotency-Key har redan använts för ett annat svar. Använd en ny nyckel"
                  + " för varje nytt svar. (This Idempotency-Key was already used for a"
                  + " different answer. Use a new key for each new answer.)");
        }
        return json.readValue(answerOf(scope, key).orElse(row.getString(2)), type);
      }
    }
  }

  /** The answer of a key claimed earlier in this thread's batch, not yet written. */
  private Optional<String> answerOf(String scope, String key) {
    return pending().stream()
        .filter(a -> a.scope().equals(scope) && a.key().equals(key))
        .map(Answered::body)
        .findFirst();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
