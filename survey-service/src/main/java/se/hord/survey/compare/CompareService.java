package se.hord.survey.compare;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.hord.platform.security.Caller;
import se.hord.platform.web.Problem.Violation;
import se.hord.platform.web.ProblemException;
import se.hord.survey.compare.CompareViews.Column;
import se.hord.survey.compare.CompareViews.ComparedQuestion;
import se.hord.survey.compare.CompareViews.Comparison;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.definition.SurveyRepository;
import se.hord.survey.definition.SurveyRow;
import se.hord.survey.definition.SurveyStatus;
import se.hord.survey.results.ResultViews.QuestionResult;
import se.hord.survey.results.ResultViews.Results;
import se.hord.survey.results.ResultViews.Row;
import se.hord.survey.results.ResultsCalculator;
import se.hord.survey.results.StoredAnswers;
import se.hord.survey.results.Suppression;

/**
 * Compares the municipalities that ran one template, question by question. Only aggregates leave
 * here: each municipality's counts are suppressed on their own (as its own results are), free text
 * is only a count, and other municipalities' rows lose the smallest and largest number answered
 * (one person's answer). An official may compare a template only when their own municipality ran
 * it; an admin may compare any.
 */
@Singleton
public class CompareService {
  private static final Pattern TEMPLATE = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

  private final SurveyRepository surveys;
  private final StoredAnswers stored;
  private final JsonMapper json;

  public CompareService(SurveyRepository surveys, StoredAnswers stored, JsonMapper json) {
    this.surveys = surveys;
    this.stored = stored;
    this.json = json;
  }

  private record Run(SurveyRow row, SurveyDefinition definition) {}

  /** The comparison of {@code template} across {@code municipalities} (all when empty). */
  public Comparison compare(Caller caller, String template, String municipalities) {
    String key = template == null ? "" : template.trim();
    Set<String> wanted = municipalities(municipalities);
    if (!TEMPLATE.matcher(key).matches()) {
      throw ProblemException.invalid(
          "Ange vilken mall som ska jämföras. (Say which template to compare.)",
          List.of(
              new Violation(
                  "template",
                  "Mallens nyckel är 16 tecken 0-9 och a-f, som resultatsidan visar."
                      + " (The template key is 16 characters 0-9 and a-f, as the results page"
                      + " shows.)")));
    }
    Map<String, Run> newest = newestPerMunicipality(key);
    if (newest.isEmpty()
        || (!caller.isAdmin() && newest.keySet().stream().noneMatch(caller::worksFor))) {
      throw ProblemException.notFound(
          "Din kommun har ingen öppnad enkät med den mallen. (Your municipality has no opened"
              + " survey with that template.)");
    }
    List<Run> runs =
        newest.values().stream()
            .filter(r -> wanted.isEmpty() || wanted.contains(r.row().municipality()))
            .sorted(
                Comparator.comparing((Run r) -> !caller.worksFor(r.row().municipality()))
                    .thenComparing(r -> r.row().municipality()))
            .toList();
    SurveyDefinition reference =
        newest.values().stream()
            .filter(r -> caller.worksFor(r.row().municipality()))
            .findFirst()
            .orElseThrow()
            .definition();
    List<Column> columns = new ArrayList<>();
    List<Results> results = new ArrayList<>();
    for (Run run : runs) {
      boolean own = caller.worksFor(run.row().municipality());
      List<Map<String, Object>> answers = new ArrayList<>();
      stored.forEach(run.row().id(), s -> answers.add(s.answers()));
      Results r = ResultsCalculator.compute(run.row().id(), run.definition(), answers, List.of());
      results.add(r);
      columns.add(
          new Column(
              own ? run.row().id() : null,
              run.row().municipality(),
              run.row().title(),
              run.row().status(),
              own,
              r.respondents()));
    }
    List<ComparedQuestion> questions = new ArrayList<>();
    List<Question> list = reference.questionList();
    for (int q = 0; q < list.size(); q++) {
      List<Row> rows = new ArrayList<>();
      for (int c = 0; c < runs.size(); c++) {
        QuestionResult result = results.get(c).questions().get(q);
        rows.add(aggregate(result.total(), columns.get(c)));
      }
      questions.add(
          new ComparedQuestion(
              list.get(q).key(), list.get(q).type(), list.get(q).label("sv"), rows));
    }
    return new Comparison(key, Suppression.MIN, columns, questions);
  }

  /** The row as a column shows it: labelled by municipality; min and max only for one's own. */
  private static Row aggregate(Row row, Column column) {
    return new Row(
        column.municipality(),
        row.answered(),
        row.counts(),
        row.mean(),
        row.median(),
        column.own() ? row.min() : null,
        column.own() ? row.max() : null,
        row.shareAgreeing());
  }

  /** Per municipality, its newest published or closed survey of this template. */
  private Map<String, Run> newestPerMunicipality(String template) {
    Map<String, Run> newest = new LinkedHashMap<>();
    List<SurveyRow> rows = new ArrayList<>(surveys.findByStatus(SurveyStatus.PUBLISHED));
    rows.addAll(surveys.findByStatus(SurveyStatus.CLOSED));
    rows.sort(Comparator.comparing(SurveyRow::id));
    for (SurveyRow row : rows) {
      SurveyDefinition definition = read(row);
      if (TemplateKeys.of(definition).equals(template)) {
        newest.put(row.municipality(), new Run(row, definition));
      }
    }
    return newest;
  }

  private SurveyDefinition read(SurveyRow row) {
    try {
      return json.readValue(row.definition(), SurveyDefinition.class);
    } catch (IOException e) {
      throw new UncheckedIOException("survey " + row.id() + " has an unreadable definition", e);
    }
  }

  private static Set<String> municipalities(String list) {
    Set<String> codes = new TreeSet<>();
    if (list == null || list.isBlank()) {
      return codes;
    }
    List<String> bad = new ArrayList<>();
    Arrays.stream(list.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .forEach(code -> (MUNICIPALITY.matcher(code).matches() ? codes : bad).add(code));
    if (!bad.isEmpty()) {
      throw ProblemException.invalid(
          "Kommunkoder är fyra siffror, med komma emellan. (Municipality codes are four digits,"
              + " separated by commas.)",
          List.of(
              new Violation(
                  "municipalities",
                  "Inte kommunkoder: " + String.join(", ", bad) + " (not municipality codes)")));
    }
    return codes;
  }
}
