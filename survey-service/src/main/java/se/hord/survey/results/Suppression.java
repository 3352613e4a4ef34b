package se.hord.survey.results;

import java.util.Arrays;

/**
 * Hides counts under {@link #MIN} and, as secondary suppression, enough other counts that no hidden
 * count can be worked out by subtracting the shown counts from a shown total.
 *
 * <p>The rule: in every line of numbers that add up to a total (a row with its row total, a column
 * with its column total), either nothing is hidden or at least two numbers are. A line with one
 * hidden number would give it away; so the smallest shown cell of that line is hidden too, until no
 * such line is left. The margins (totals) are protected first, as lines of their own, and then kept
 * as they are, so a total is shown or hidden the same way in every table it appears in.
 */
public final class Suppression {
  /** The smallest count that may be shown. */
  public static final int MIN = 5;

  private Suppression() {}

  /**
   * Protects counts that add up to a total: returns one flag per count plus, last, the total's.
   * {@code totalHidden} fixes the total's flag (it is protected elsewhere); null decides it here.
   */
  public static boolean[] line(long[] counts, Boolean totalHidden) {
    long total = Arrays.stream(counts).sum();
    boolean[] hidden = new boolean[counts.length + 1];
    hidden[counts.length] = totalHidden != null ? totalHidden : total < MIN;
    for (int i = 0; i < counts.length; i++) {
      hidden[i] = counts[i] < MIN || hidden[counts.length];
    }
    if (hiddenCount(hidden) == 1) {
      int other = smallestShown(counts, hidden);
      if (other >= 0) {
        hidden[other] = true;
      } else if (totalHidden == null) {
        hidden[counts.length] = true;
      }
    }
    return hidden;
  }

  /**
   * Protects a table of cells whose row and column totals are already protected ({@code rowHidden},
   * {@code columnHidden}): returns which cells are hidden.
   */
  public static boolean[][] table(long[][] cells, boolean[] rowHidden, boolean[] columnHidden) {
    int rows = cells.length;
    int columns = cells[0].length;
    boolean[][] hidden = new boolean[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        hidden[r][c] = cells[r][c] < MIN;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < rows; r++) {
        if (hiddenCount(hidden[r]) + (rowHidden[r] ? 1 : 0) == 1) {
          changed |= hideSmallest(cells[r], hidden[r]);
        }
      }
      for (int c = 0; c < columns; c++) {
        long[] column = new long[rows];
        boolean[] flags = new boolean[rows];
        for (int r = 0; r < rows; r++) {
          column[r] = cells[r][c];
          flags[r] = hidden[r][c];
        }
        if (hiddenCount(flags) + (columnHidden[c] ? 1 : 0) == 1) {
          int r = smallestShown(column, flags);
          if (r >= 0) {
            hidden[r][c] = true;
            changed = true;
          }
        }
      }
    }
    return hidden;
  }

  private static boolean hideSmallest(long[] counts, boolean[] hidden) {
    int i = smallestShown(counts, hidden);
    if (i < 0) {
      return false;
    }
    hidden[i] = true;
    return true;
  }

  private static int smallestShown(long[] counts, boolean[] hidden) {
    int best = -1;
    for (int i = 0; i < counts.length; i++) {
      if (!hidden[i] && (best < 0 || counts[i] < counts[best])) {
        best = i;
      }
    }
    return best;
  }

  private static int hiddenCount(boolean[] hidden) {
    int n = 0;
    for (boolean h : hidden) {
      n += h ? 1 : 0;
    }
    return n;
  }
}
