package se.hord.survey.admin;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hord.platform.security.Caller;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.definition.DefinitionValidator;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.definition.SurveyService;
import se.hord.survey.definition.SurveyStatus;
import se.hord.survey.definition.SurveyViews;

/**
 * Saves what the editor built: the draft becomes a definition map, is read and checked exactly as
 * {@code POST /api/surveys} reads and checks its body, and is stored as a new or changed draft.
 */
@Singleton
public class DraftService {
  private final SurveyService surveys;
  private final DraftRepository drafts;
  private final JsonMapper json;
  private final Extras extras;

  public DraftService(SurveyService surveys, DraftRepository drafts, JsonMapper json) {
    this.surveys = surveys;
    this.drafts = drafts;
    this.json = json;
    this.extras = new Extras(json);
  }

  /** The outcome of a save: the survey's id, or the problems by editor field. */
  record Saved(Long id, Map<String, String> errors) {
    boolean ok() {
      return errors.isEmpty();
    }
  }

  /** The editor's view of a stored survey; 404 when the caller may not see it. */
  @SuppressWarnings("unchecked")
  Draft load(Caller caller, long id) {
    SurveyViews.Detail detail = surveys.detail(caller, id);
    try {
      Map<String, Object> map =
          json.readValue(json.writeValueAsBytes(detail.definition()), Map.class);
      return DraftDefinition.draft(map, extras);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates ({@code id == null}) or changes a draft, unless the definition has problems. */
  Saved save(Caller caller, Long id, Draft draft) {
    DraftDefinition converter = new DraftDefinition(extras);
    Map<String, Object> map = converter.definition(draft);
    List<Violation> problems = new ArrayList<>(converter.problems());
    SurveyDefinition definition = read(map, problems);
    if (definition != null) {
      DefinitionValidator.problems(definition).stream()
          .map(v -> new Violation(converter.field(v.path()), v.message()))
          .forEach(problems::add);
    }
    if (!problems.isEmpty()) {
      return new Saved(id, byField(problems));
    }
    if (!caller.worksFor(definition.municipality())) {
      return new Saved(
          id,
          Map.of(
              "municipality",
              "Du arbetar inte för kommun "
                  + definition.municipality()
                  + ". Välj en av dina kommuner. (You do not work for this municipality.)"));
    }
    if (id == null) {
      return new Saved(surveys.create(caller, definition).id(), Map.of());
    }
    replace(caller, id, definition);
    return new Saved(id, Map.of());
  }

  private void replace(Caller caller, long id, SurveyDefinition definition) {
    surveys.detail(caller, id);
    caller.requireOfficialOf(definition.municipality());
    String stored;
    try {
      stored = json.writeValueAsString(definition);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (drafts.replaceDraft(id, definition.titleIn("sv"), definition.municipality(), stored) == 0) {
      throw ProblemException.conflict(
          "Bara ett utkast kan ändras. Enkäten är redan "
              + (surveys.detail(caller, id).status().equals(SurveyStatus.PUBLISHED)
                  ? "publicerad"
                  : "stängd")
              + ". (Only a draft can be changed.)");
    }
  }

  private SurveyDefinition read(Map<String, Object> map, List<Violation> problems) {
    try {
      return json.readValue(json.writeValueAsBytes(map), SurveyDefinition.class);
    } catch (IOException | RuntimeException unreadable) {
      problems.add(
          new Violation(
              "questions",
              "Enkäten gick inte att läsa. Kontrollera siffrorna. (The survey could not be read."
                  + " Check the numbers.)"));
      return null;
    }
  }

  private static Map<String, String> byField(List<Violation> problems) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (Violation v : problems) {
      errors.merge(v.path(), v.message(), (a, b) -> a.equals(b) ? a : a + " " + b);
    }
    return errors;
  }
}
