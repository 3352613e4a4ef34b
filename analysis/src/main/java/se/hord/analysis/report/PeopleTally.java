package se.hord.analysis.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The people of a report's groups, counted per category of each breakdown: each person once, by
 * their earliest answer in the group (so the cells add up to the group's count). The rows are
 * turned into columns once (a number per person and per category), so a group of a report over a
 * million answers is counted with array lookups rather than maps of strings per theme.
 */
final class PeopleTally {
  private static final int NONE = DocIdSetIterator.NO_MORE_DOCS;

  private final int[] rowOfDoc;
  private final int[] person;
  private final long[] createdAt;
  private final List<List<String>> categories = new ArrayList<>();
  private final int[][] category;
  private final int[] earliest;
  private final int[] touched;

  /**
   * @param dimensions what each breakdown reads from a row
   * @param categories each breakdown's categories, in the order they are shown; every row's value
   *     is one of them
   */
  PeopleTally(
      List<ReportRows.Row> rows,
      int maxDoc,
      List<Function<ReportRows.Row, String>> dimensions,
      List<Set<String>> categories) {
    int n = rows.size();
    rowOfDoc = new int[maxDoc];
    Arrays.fill(rowOfDoc, -1);
    person = new int[n];
    createdAt = new long[n];
    category = new int[dimensions.size()][n];
    Map<String, Integer> people = new HashMap<>();
    List<Map<String, Integer>> index = new ArrayList<>();
    for (Set<String> values : categories) {
      Map<String, Integer> positions = new HashMap<>();
      values.forEach(v -> positions.put(v, positions.size()));
      index.add(positions);
      this.categories.add(List.copyOf(values));
    }
    for (int i = 0; i < n; i++) {
      ReportRows.Row row = rows.get(i);
      rowOfDoc[row.doc()] = i;
      person[i] = people.computeIfAbsent(row.respondent(), k -> people.size());
      createdAt[i] = row.createdAt();
      for (int k = 0; k < dimensions.size(); k++) {
        category[k][i] = index.get(k).get(dimensions.get(k).apply(row));
      }
    }
    earliest = new int[people.size()];
    Arrays.fill(earliest, -1);
    touched = new int[people.size()];
  }

  /** The people of one group and, per breakdown, how many of them are in each category. */
  record Counts(long people, List<Map<String, Long>> cells) {}

  /** Counts the people of a group (global doc ids; rows are in doc order, so ties go by doc). */
  Counts of(FixedBitSet group) {
    int people = 0;
    int end = Math.min(rowOfDoc.length, group.length());
    for (int d = end == 0 ? NONE : group.nextSetBit(0, end);
        d != NONE;
        d = d + 1 < end ? group.nextSetBit(d + 1, end) : NONE) {
      int row = rowOfDoc[d];
      if (row < 0) {
        continue;
      }
      int p = person[row];
      if (earliest[p] < 0) {
        touched[people++] = p;
        earliest[p] = row;
      } else if (createdAt[row] < createdAt[earliest[p]]) {
        earliest[p] = row;
      }
    }
    List<Map<String, Long>> cells = new ArrayList<>();
    for (int k = 0; k < category.length; k++) {
      long[] counts = new long[categories.get(k).size()];
      for (int i = 0; i < people; i++) {
        counts[category[k][earliest[touched[i]]]]++;
      }
      Map<String, Long> byCategory = new LinkedHashMap<>();
      for (int c = 0; c < counts.length; c++) {
        byCategory.put(categories.get(k).get(c), counts[c]);
      }
      cells.add(byCategory);
    }
    for (int i = 0; i < people; i++) {
      earliest[touched[i]] = -1;
    }
    return new Counts(people, cells);
  }
}
