package se.hord.analysis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Someone who knows the suppression rule and tries to recover hidden cells by subtraction: for each
 * hidden cell, every value consistent with the published total and the shown figures, found by
 * enumerating the sums the other hidden cells can reach (independent of {@link Suppression}).
 */
final class Attacker {
  private Attacker() {}

  /** For each hidden cell of the breakdown, the values it could have. */
  static Map<String, TreeSet<Long>> possibleValues(long total, Breakdown breakdown) {
    long rest = total;
    List<Breakdown.Cell> hidden = new ArrayList<>();
    for (Breakdown.Cell cell : breakdown.cells()) {
      if (cell.count().suppressed()) {
        hidden.add(cell);
      } else {
        rest -= cell.count().value();
      }
    }
    Map<String, TreeSet<Long>> possible = new LinkedHashMap<>();
    for (int i = 0; i < hidden.size(); i++) {
      boolean[] reachable = new boolean[(int) rest + 1];
      reachable[0] = true;
      for (int j = 0; j < hidden.size(); j++) {
        if (j != i) {
          reachable = add(reachable, low(hidden.get(j)), high(hidden.get(j), total));
        }
      }
      TreeSet<Long> values = new TreeSet<>();
      for (long v = low(hidden.get(i)); v <= Math.min(rest, high(hidden.get(i), total)); v++) {
        if (reachable[(int) (rest - v)]) {
          values.add(v);
        }
      }
      possible.put(hidden.get(i).key(), values);
    }
    return possible;
  }

  private static boolean[] add(boolean[] sums, long low, long high) {
    boolean[] next = new boolean[sums.length];
    for (int s = 0; s < sums.length; s++) {
      if (sums[s]) {
        for (long v = low; v <= high && s + v < sums.length; v++) {
          next[(int) (s + v)] = true;
        }
      }
    }
    return next;
  }

  private static long low(Breakdown.Cell cell) {
    return cell.count().shown().equals(Figure.SMALL) ? 0 : Suppression.THRESHOLD;
  }

  private static long high(Breakdown.Cell cell, long total) {
    return cell.count().shown().equals(Figure.SMALL) ? Suppression.THRESHOLD - 1 : total;
  }

  /**
   * Whether the breakdown gives away nothing more than "under 5" about any small cell: each could
   * be anything from 0 to 4 (or up to the total, when that is smaller).
   */
  static boolean learnsNothing(long total, Breakdown breakdown) {
    if (breakdown.withheld() || total < Suppression.THRESHOLD) {
      return true;
    }
    Map<String, TreeSet<Long>> possible = possibleValues(total, breakdown);
    for (Breakdown.Cell cell : breakdown.cells()) {
      TreeSet<Long> values = possible.get(cell.key());
      if (values == null) {
        continue;
      }
      if (values.size() < 2) {
        return false;
      }
      if (cell.count().shown().equals(Figure.SMALL)
          && (values.first() != 0 || values.last() != Suppression.THRESHOLD - 1)) {
        return false;
      }
    }
    return true;
  }
}
