package se.hord.dialogue.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import se.hord.dialogue.contribution.Contribution;
import se.hord.dialogue.dialogue.DialogueStatement;
import se.hord.dialogue.summary.DialogueSummary.Breakdown;
import se.hord.dialogue.summary.DialogueSummary.BreakdownRow;
import se.hord.dialogue.summary.DialogueSummary.StatementBreakdown;
import se.hord.dialogue.summary.DialogueSummary.StatementBreakdownRow;

/**
 * Contributions, voters and votes split by age band, gender and district. People who gave no answer
 * form the row with value "" so every row set adds up to the published total, and each table is
 * suppressed against the totals shown elsewhere in the summary.
 */
final class Breakdowns {
  static final String NOT_GIVEN = "";
  private static final Map<String, Function<Contribution, String>> OF_CONTRIBUTION =
      Map.of(
          "ageBand", Contribution::ageBand,
          "gender", Contribution::gender,
          "area", Contribution::area);

  private Breakdowns() {}

  /** The three breakdowns, by question name. */
  static Map<String, Breakdown> of(
      List<Contribution> contributions,
      VoteTable table,
      List<DialogueStatement> statements,
      boolean[] totalsHidden) {
    Map<String, Breakdown> all = new LinkedHashMap<>();
    for (String question : List.of("ageBand", "gender", "area")) {
      all.put(question, breakdown(question, contributions, table, statements, totalsHidden));
    }
    return all;
  }

  private static Breakdown breakdown(
      String question,
      List<Contribution> contributions,
      VoteTable table,
      List<DialogueStatement> statements,
      boolean[] totalsHidden) {
    Map<String, List<String>> votersByValue = new LinkedHashMap<>();
    table
        .everyone()
        .forEach(
            p ->
                votersByValue
                    .computeIfAbsent(answer(table, p, question), v -> new ArrayList<>())
                    .add(p));
    Map<String, Long> contributionsByValue = new LinkedHashMap<>();
    for (Contribution c : contributions) {
      String value = OF_CONTRIBUTION.get(question).apply(c);
      contributionsByValue.merge(value == null ? NOT_GIVEN : value, 1L, Long::sum);
    }
    List<String> values = new ArrayList<>(new TreeSet<>(votersByValue.keySet()));
    contributionsByValue.keySet().stream().filter(v -> !values.contains(v)).forEach(values::add);
    values.sort(null);
    long[] contributionCounts = new long[values.size()];
    long[] voterCounts = new long[values.size()];
    for (int i = 0; i < values.size(); i++) {
      contributionCounts[i] = contributionsByValue.getOrDefault(values.get(i), 0L);
      voterCounts[i] = votersByValue.getOrDefault(values.get(i), List.of()).size();
    }
    boolean[] contributionsHidden =
        Suppression.parts(contributionCounts, contributions.size(), totalsHidden[1]);
    boolean[] votersHidden = Suppression.parts(voterCounts, sum(voterCounts), totalsHidden[0]);
    List<BreakdownRow> rows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      rows.add(
          new BreakdownRow(
              values.get(i),
              Suppression.show(contributionCounts[i], contributionsHidden[i]),
              Suppression.show(voterCounts[i], votersHidden[i])));
    }
    List<StatementBreakdown> perStatement = new ArrayList<>();
    for (DialogueStatement s : statements) {
      perStatement.add(statement(s.statementKey(), values, votersByValue, table));
    }
    return new Breakdown(rows, perStatement);
  }

  /** One statement's votes per answer, suppressed against its overall counts. */
  private static StatementBreakdown statement(
      String key, List<String> values, Map<String, List<String>> votersByValue, VoteTable table) {
    long[][] grid = new long[values.size() + 1][];
    for (int i = 0; i < values.size(); i++) {
      grid[i] = withTotal(table.counts(key, votersByValue.getOrDefault(values.get(i), List.of())));
    }
    grid[values.size()] = withTotal(table.counts(key, table.everyone()));
    boolean[] overallHidden = Suppression.line(grid[values.size()]);
    boolean[][] hidden = Suppression.table(grid, overallHidden, true);
    List<StatementBreakdownRow> rows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      long[] g = grid[i];
      boolean[] h = hidden[i];
      rows.add(
          new StatementBreakdownRow(
              values.get(i),
              Suppression.show(g[3], h[3]),
              Suppression.show(g[0], h[0]),
              Suppression.show(g[1], h[1]),
              Suppression.show(g[2], h[2])));
    }
    return new StatementBreakdown(key, rows);
  }

  private static String answer(VoteTable table, String participant, String question) {
    return table.background.getOrDefault(participant, Map.of()).getOrDefault(question, NOT_GIVEN);
  }

  private static long[] withTotal(long[] counts) {
    return new long[] {counts[0], counts[1], counts[2], counts[0] + counts[1] + counts[2]};
  }

  private static long sum(long[] counts) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    return total;
  }
}
