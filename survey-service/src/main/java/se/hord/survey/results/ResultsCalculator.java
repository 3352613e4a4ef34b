package se.hord.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.QuestionType;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.results.ResultViews.Breakdown;
import se.hord.survey.results.ResultViews.Count;
import se.hord.survey.results.ResultViews.Group;
import se.hord.survey.results.ResultViews.GroupedQuestion;
import se.hord.survey.results.ResultViews.QuestionResult;
import se.hord.survey.results.ResultViews.Results;
import se.hord.survey.results.ResultViews.Row;

/**
 * Counts a survey's answers into {@link Results}, hiding small counts with {@link Suppression}:
 * each question's overall counts are protected first, then every breakdown table is protected with
 * those counts as its column totals, so a count is hidden the same way wherever it appears.
 */
public final class ResultsCalculator {
  /** Group key of those who did not answer the background question. */
  public static final String NO_ANSWER = "_none";

  private ResultsCalculator() {}

  /** The results of these answers, broken down by each of {@code by} (background questions). */
  public static Results compute(
      long surveyId,
      SurveyDefinition definition,
      List<Map<String, Object>> answers,
      List<Question> by) {
    List<QuestionResult> questions = new ArrayList<>();
    for (Question q : definition.questionList()) {
      questions.add(new QuestionResult(q.key(), q.type(), q.label("sv"), overall(q, answers)));
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    for (Question background : by) {
      breakdowns.add(breakdown(definition, background, answers));
    }
    return new Results(
        surveyId,
        definition.titleIn("sv"),
        shown(answers.size(), answers.size() < Suppression.MIN),
        Suppression.MIN,
        questions,
        breakdowns);
  }

  /** The groups of a background question: its answers, then those who did not answer it. */
  public static List<Group> groups(Question background) {
    List<Group> groups = new ArrayList<>();
    Partition grouping = Partition.of(background).getFirst();
    for (int i = 0; i < grouping.keys().size(); i++) {
      groups.add(new Group(grouping.keys().get(i), grouping.labels().get(i)));
    }
    groups.add(new Group(NO_ANSWER, "Inget svar (no answer)"));
    return groups;
  }

  private static Row overall(Question q, List<Map<String, Object>> answers) {
    List<Partition> partitions = Partition.of(q);
    long answered = answeredCount(q, answers);
    boolean answeredHidden = answered < Suppression.MIN;
    List<long[]> counts = new ArrayList<>();
    List<boolean[]> hidden = new ArrayList<>();
    for (Partition p : partitions) {
      long[] c = p.count(answers, q.key());
      counts.add(c);
      hidden.add(Suppression.line(c, answeredHidden));
    }
    return row(null, q, partitions, answered, answeredHidden, counts, hidden, answers);
  }

  private static Breakdown breakdown(
      SurveyDefinition definition, Question background, List<Map<String, Object>> answers) {
    List<Group> groups = groups(background);
    Partition grouping = Partition.of(background).getFirst();
    List<List<Map<String, Object>>> members = new ArrayList<>();
    groups.forEach(g -> members.add(new ArrayList<>()));
    for (Map<String, Object> answer : answers) {
      int g = grouping.categoryOf(answer.get(background.key()));
      members.get(g < 0 ? groups.size() - 1 : g).add(answer);
    }
    List<GroupedQuestion> questions = new ArrayList<>();
    for (Question q : definition.questionList()) {
      if (!q.key().equals(background.key())) {
        questions.add(new GroupedQuestion(q.key(), groupedRows(q, groups, members, answers)));
      }
    }
    return new Breakdown(background.key(), background.label("sv"), groups, questions);
  }

  private static List<Row> groupedRows(
      Question q,
      List<Group> groups,
      List<List<Map<String, Object>>> members,
      List<Map<String, Object>> answers) {
    List<Partition> partitions = Partition.of(q);
    long answered = answeredCount(q, answers);
    long[] groupAnswered = members.stream().mapToLong(m -> answeredCount(q, m)).toArray();
    boolean[] rowHidden = Suppression.line(groupAnswered, answered < Suppression.MIN);
    List<boolean[][]> tables = new ArrayList<>();
    List<long[][]> cells = new ArrayList<>();
    for (Partition p : partitions) {
      long[] total = p.count(answers, q.key());
      long[][] table = new long[groups.size()][];
      for (int g = 0; g < groups.size(); g++) {
        table[g] = p.count(members.get(g), q.key());
      }
      boolean[] columnHidden = Suppression.line(total, answered < Suppression.MIN);
      cells.add(table);
      tables.add(Suppression.table(table, rowHidden, columnHidden));
    }
    List<Row> rows = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<long[]> counts = new ArrayList<>();
      List<boolean[]> hidden = new ArrayList<>();
      for (int p = 0; p < partitions.size(); p++) {
        counts.add(cells.get(p)[g]);
        hidden.add(tables.get(p)[g]);
      }
      rows.add(
          row(
              groups.get(g).key(),
              q,
              partitions,
              groupAnswered[g],
              rowHidden[g],
              counts,
              hidden,
              members.get(g)));
    }
    return rows;
  }

  private static Row row(
      String group,
      Question q,
      List<Partition> partitions,
      long answered,
      boolean answeredHidden,
      List<long[]> counts,
      List<boolean[]> hidden,
      List<Map<String, Object>> answers) {
    List<Count> shown = new ArrayList<>();
    boolean anyHidden = answeredHidden;
    for (int p = 0; p < partitions.size(); p++) {
      Partition partition = partitions.get(p);
      for (int c = 0; c < partition.keys().size(); c++) {
        anyHidden |= hidden.get(p)[c];
        String key = partition.keys().get(c);
        if (Partition.ANSWERED.equals(partition.shownKey())
            || (partition.shownKey() != null && !partition.shownKey().equals(key))) {
          continue;
        }
        boolean h = hidden.get(p)[c];
        long n = counts.get(p)[c];
        String optionKey = partition.multiOption() != null ? partition.multiOption() : key;
        shown.add(
            new Count(
                optionKey,
                partition.labels().get(c),
                shown(n, h),
                h || answeredHidden || answered == 0 ? null : Stats.round((double) n / answered)));
      }
    }
    Row row = new Row(group, shown(answered, answeredHidden), shown, null, null, null, null, null);
    return anyHidden ? row : Stats.with(row, q, answers);
  }

  private static long answeredCount(Question q, List<Map<String, Object>> answers) {
    Partition first = Partition.of(q).stream().findFirst().orElseThrow();
    if (q.kind() == QuestionType.MULTI_CHOICE && q.optionList().isEmpty()) {
      return 0;
    }
    return answers.stream().filter(a -> first.categoryOf(a.get(q.key())) >= 0).count();
  }

  private static Object shown(long count, boolean hidden) {
    return hidden ? ResultViews.HIDDEN : count;
  }
}
