package se.hord.survey.form.draft;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Half-answered forms kept on the server for {@link #DAYS} days under a random resume token, so a
 * closed tab loses nothing. Sending wipes the answers and keeps only the response id.
 */
@Singleton
public class Drafts {
  /** How long a draft is kept after its last change. */
  public static final int DAYS = 7;

  private static final Argument<Map<String, List<String>>> FIELDS =
      Argument.mapOf(Argument.STRING, Argument.listOf(String.class));
  private final SecureRandom random = new SecureRandom();
  private final DraftRepository drafts;
  private final JsonMapper json;

  public Drafts(DraftRepository drafts, JsonMapper json) {
    this.drafts = drafts;
    this.json = json;
  }

  /** A new random resume token (256 bits, URL-safe). */
  public String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The draft under this token for this survey, unless it expired. */
  @Transactional
  public Optional<Draft> find(long surveyId, String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return Optional.empty();
    }
    return drafts
        .findByTokenAndSurveyIdAndExpiresOnGreaterThanEquals(token, surveyId, today())
        .map(this::read);
  }

  /** Saves the draft; its {@link #DAYS} days start again. */
  @Transactional
  public void save(long surveyId, Draft draft) {
    DraftRow row =
        new DraftRow(
            draft.token(),
            surveyId,
            write(draft.fields()),
            draft.page(),
            draft.ageBand(),
            draft.responseId(),
            today().plusDays(DAYS));
    if (drafts.existsById(draft.token())) {
      drafts.update(row);
    } else {
      drafts.save(row);
    }
  }

  /** The form was sent: its answers go, the response id stays so a second send is recognised. */
  @Transactional
  public void sent(long surveyId, String token, long responseId) {
    save(surveyId, new Draft(token, Map.of(), 0, null, responseId));
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "3m")
  @Transactional
  void deleteExpired() {
    drafts.deleteByExpiresOnLessThan(today());
  }

  private Draft read(DraftRow row) {
    try {
      return new Draft(
          row.token(),
          json.readValue(row.answers(), FIELDS),
          row.page(),
          row.ageBand(),
          row.responseId());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(Map<String, List<String>> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }
}
