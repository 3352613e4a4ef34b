package se.hord.survey.definition;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import se.hord.platform.security.Caller;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;

/** Creates surveys, moves them through draft → published → closed, and reads them back. */
@Singleton
public class SurveyService {
  private final SurveyRepository surveys;
  private final JsonMapper json;
  private final SurveyCache cache;
  private final TransactionOperations<Connection> transactions;

  public SurveyService(
      SurveyRepository surveys,
      JsonMapper json,
      SurveyCache cache,
      TransactionOperations<Connection> transactions) {
    this.surveys = surveys;
    this.json = json;
    this.cache = cache;
    this.transactions = transactions;
  }

  /** Stores a checked definition as a draft of the caller's municipality. */
  @Transactional
  public SurveyViews.Created create(Caller caller, SurveyDefinition definition) {
    List<Violation> problems = DefinitionValidator.problems(definition);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(
          "Enkäten har fel, se listan. (The survey has errors, see the list.)", problems);
    }
    caller.requireOfficialOf(definition.municipality());
    String title = definition.title().get("sv");
    SurveyRow row =
        surveys.save(
            new SurveyRow(
                null,
                Slugs.from(title),
                definition.municipality(),
                title,
                SurveyStatus.DRAFT,
                write(definition),
                LocalDate.now(ZoneOffset.UTC)));
    cache.forget(row.id());
    return new SurveyViews.Created(row.id(), row.slug(), row.status());
  }

  /** The surveys the caller works with, newest first. */
  @Transactional(readOnly = true)
  public List<SurveyViews.Summary> list(Caller caller) {
    List<SurveyRow> rows =
        caller.isAdmin()
            ? surveys.listOrderByIdDesc()
            : caller.municipalities().isEmpty()
                ? List.of()
                : surveys.listByMunicipalityInListOrderByIdDesc(caller.municipalities());
    return rows.stream()
        .filter(r -> caller.worksFor(r.municipality()))
        .map(
            r ->
                new SurveyViews.Summary(
                    r.id(), r.slug(), r.status(), r.municipality(), r.title(), r.createdOn()))
        .toList();
  }

  /** One survey with its definition; 404 also when it belongs to another municipality. */
  @Transactional(readOnly = true)
  public SurveyViews.Detail detail(Caller caller, long id) {
    Survey survey = visible(caller, id);
    SurveyRow r = survey.row();
    return new SurveyViews.Detail(
        r.id(),
        r.slug(),
        r.status(),
        r.municipality(),
        r.title(),
        r.createdOn(),
        survey.definition());
  }

  /** Opens a draft for answers; 409 when an open survey already has its SMS keyword. */
  @Transactional
  public SurveyViews.Created publish(Caller caller, long id) {
    Survey survey = visible(caller, id);
    String keyword = survey.definition().smsKeyword();
    if (keyword != null
        && withKeyword(keyword, readPublished()).filter(s -> s.id() != id).isPresent()) {
      throw ProblemException.conflict(
          "En annan öppen enkät har redan sms-kodordet "
              + SmsKeywords.normalize(keyword)
              + ". Välj ett annat kodord i en ny version. (Another open survey already uses this"
              + " SMS keyword.)");
    }
    return move(caller, id, SurveyStatus.DRAFT, SurveyStatus.PUBLISHED);
  }

  /** The open survey whose SMS keyword this text is (any case, diacritics or spacing). */
  public Optional<Survey> publishedWithKeyword(String text) {
    return withKeyword(text, cache.published(this::readPublished));
  }

  private List<Survey> readPublished() {
    return surveys.findByStatus(SurveyStatus.PUBLISHED).stream().map(this::read).toList();
  }

  private static Optional<Survey> withKeyword(String text, List<Survey> published) {
    String wanted = SmsKeywords.normalize(text);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    return published.stream()
        .filter(s -> s.definition().smsKeyword() != null)
        .filter(s -> SmsKeywords.normalize(s.definition().smsKeyword()).equals(wanted))
        .findFirst();
  }

  /** Stops a published survey from taking answers. */
  @Transactional
  public SurveyViews.Created close(Caller caller, long id) {
    return move(caller, id, SurveyStatus.PUBLISHED, SurveyStatus.CLOSED);
  }

  /**
   * The survey with this id, whoever asks (for answering): from {@link SurveyCache}, so its status
   * may be up to a second old when another replica changed it.
   */
  public Optional<Survey> find(long id) {
    return cache.find(id, () -> surveys.findById(id).map(this::read));
  }

  /** The survey with this web address. */
  @Transactional(readOnly = true)
  public Optional<Survey> findBySlug(String slug) {
    return surveys.findBySlug(slug).map(this::read);
  }

  private SurveyViews.Created move(Caller caller, long id, String from, String to) {
    SurveyRow row = visible(caller, id).row();
    forgetWhenSettled(id);
    if (surveys.changeStatus(id, from, to) == 0) {
      throw ProblemException.conflict(
          "Enkäten är "
              + swedish(row.status())
              + " och kan inte bli "
              + swedish(to)
              + " nu. (The survey is "
              + row.status()
              + " and cannot become "
              + to
              + " now.)");
    }
    return new SurveyViews.Created(row.id(), row.slug(), to);
  }

  /**
   * Forgets the cached survey now and once the transaction is over: a reader between the two would
   * otherwise cache the status from before the commit.
   */
  private void forgetWhenSettled(long id) {
    cache.forget(id);
    transactions
        .findTransactionStatus()
        .ifPresent(
            status ->
                status.registerSynchronization(
                    new TransactionSynchronization() {
                      @Override
                      public void afterCompletion(Status completed) {
                        cache.forget(id);
                      }
                    }));
  }

  private Survey visible(Caller caller, long id) {
    return surveys
        .findById(id)
        .filter(r -> caller.worksFor(r.municipality()))
        .map(this::read)
        .orElseThrow(
            () ->
                ProblemException.notFound(
                    "Det finns ingen enkät med id "
                        + id
                        + ". (There is no survey with id "
                        + id
                        + ".)"));
  }

  private static String swedish(String status) {
    return switch (status) {
      case SurveyStatus.DRAFT -> "ett utkast";
      case SurveyStatus.PUBLISHED -> "publicerad";
      default -> "stängd";
    };
  }

  private Survey read(SurveyRow row) {
    try {
      return new Survey(row, json.readValue(row.definition(), SurveyDefinition.class));
    } catch (IOException e) {
      throw new UncheckedIOException("survey " + row.id() + " has an unreadable definition", e);
    }
  }

  private String write(SurveyDefinition definition) {
    try {
      return json.writeValueAsString(definition);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
