package se.hord.dialogue.summary;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression for every count the summary shows about people. A count under {@link
 * #THRESHOLD} is shown as {@link #HIDDEN} (primary suppression). Counts that add up to a shown
 * total form a line; when exactly one count of a line is hidden it could be recovered by
 * subtraction, so the smallest other count of that line is hidden too (secondary suppression), and
 * that is repeated until no line has exactly one hidden count.
 *
 * <p>Tables are given with their margins: the last column holds each row's total and the last row
 * each column's total. The last row is "fixed": it was already published elsewhere with its own
 * suppression, so its hidden flags are given and never changed here.
 */
public final class Suppression {
  /** The smallest count shown. */
  public static final int THRESHOLD = 5;

  /** What a hidden count is shown as. */
  public static final String HIDDEN = "<5";

  private Suppression() {}

  /** Hidden flags for one line: the counts followed by their total (last). */
  public static boolean[] line(long... countsThenTotal) {
    long[][] grid = {countsThenTotal};
    boolean[][] hidden = {primary(countsThenTotal)};
    List<List<int[]>> lines = List.of(rowLine(0, countsThenTotal.length));
    settle(grid, hidden, new boolean[1][countsThenTotal.length], lines);
    return hidden[0];
  }

  /**
   * Hidden flags for counts that add up to a total already published (with {@code totalHidden}
   * telling whether it was hidden). Only the counts' flags are returned.
   */
  public static boolean[] parts(long[] counts, long total, boolean totalHidden) {
    long[][] grid = new long[counts.length + 1][1];
    for (int i = 0; i < counts.length; i++) {
      grid[i][0] = counts[i];
    }
    grid[counts.length][0] = total;
    boolean[][] hidden = table(grid, new boolean[] {totalHidden}, false);
    boolean[] flags = new boolean[counts.length];
    for (int i = 0; i < counts.length; i++) {
      flags[i] = hidden[i][0];
    }
    return flags;
  }

  /**
   * Hidden flags for a table whose last row (column totals) is fixed with {@code lastRowHidden}.
   * When {@code rowTotals} is true the last column holds each row's total and every row is a line
   * too; otherwise only the columns are lines.
   */
  public static boolean[][] table(long[][] grid, boolean[] lastRowHidden, boolean rowTotals) {
    int rows = grid.length;
    int cols = grid[0].length;
    boolean[][] hidden = new boolean[rows][];
    boolean[][] fixed = new boolean[rows][cols];
    for (int r = 0; r < rows - 1; r++) {
      hidden[r] = primary(grid[r]);
    }
    hidden[rows - 1] = lastRowHidden.clone();
    fixed[rows - 1] = filled(cols);
    List<List<int[]>> lines = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      List<int[]> column = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        column.add(new int[] {r, c});
      }
      lines.add(column);
    }
    if (rowTotals) {
      for (int r = 0; r < rows; r++) {
        lines.add(rowLine(r, cols));
      }
    }
    settle(grid, hidden, fixed, lines);
    return hidden;
  }

  /** A count as shown: the number, or {@link #HIDDEN}. */
  public static Object show(long count, boolean hidden) {
    return hidden ? HIDDEN : count;
  }

  /** A share of a total, rounded to three decimals; null when either is hidden or total 0. */
  @Nullable
  public static Double share(long count, boolean hidden, long total, boolean totalHidden) {
    if (hidden || totalHidden || total == 0) {
      return null;
    }
    return Math.round(1000.0 * count / total) / 1000.0;
  }

  private static boolean[] primary(long[] counts) {
    boolean[] hidden = new boolean[counts.length];
    for (int i = 0; i < counts.length; i++) {
      hidden[i] = counts[i] < THRESHOLD;
    }
    return hidden;
  }

  private static boolean[] filled(int n) {
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    return all;
  }

  private static List<int[]> rowLine(int row, int cols) {
    List<int[]> line = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      line.add(new int[] {row, c});
    }
    return line;
  }

  /** Hides the smallest free count of any line with exactly one hidden count, until none has. */
  private static void settle(
      long[][] grid, boolean[][] hidden, boolean[][] fixed, List<List<int[]>> lines) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<int[]> line : lines) {
        long hiddenCount = line.stream().filter(p -> hidden[p[0]][p[1]]).count();
        if (hiddenCount != 1) {
          continue;
        }
        int[] next =
            line.stream()
                .filter(p -> !hidden[p[0]][p[1]] && !fixed[p[0]][p[1]])
                .min(Comparator.comparingLong(p -> grid[p[0]][p[1]]))
                .orElse(null);
        if (next != null) {
          hidden[next[0]][next[1]] = true;
          changed = true;
        }
      }
    }
  }
}
