package se.hord.survey.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuppressionTest {
  @Test
  void countsUnderFiveAreHiddenAndOneHiddenCountTakesTheSmallestOtherWithIt() {
    boolean[] hidden = Suppression.line(new long[] {3, 20, 7, 9}, null);
    assertArrayEquals(new boolean[] {true, false, true, false, false}, hidden);
  }

  @Test
  void aLineWithNothingSmallHidesNothing() {
    assertArrayEquals(
        new boolean[] {false, false, false}, Suppression.line(new long[] {5, 6}, null));
  }

  @Test
  void aSmallTotalHidesTheWholeLine() {
    assertArrayEquals(new boolean[] {true, true, true}, Suppression.line(new long[] {1, 2}, null));
  }

  @Test
  void zeroIsHiddenLikeAnyCountUnderFive() {
    assertArrayEquals(
        new boolean[] {true, true, false, false}, Suppression.line(new long[] {0, 8, 9}, null));
  }

  @Test
  void aTableGetsASecondHiddenCellInEveryRowAndColumnWithOne() {
    long[][] cells = {{2, 10, 12}, {9, 11, 13}, {8, 14, 6}};
    boolean[][] hidden = Suppression.table(cells, new boolean[3], new boolean[3]);
    assertTrue(hidden[0][0]);
    for (int i = 0; i < 3; i++) {
      int row = 0;
      int column = 0;
      for (int j = 0; j < 3; j++) {
        row += hidden[i][j] ? 1 : 0;
        column += hidden[j][i] ? 1 : 0;
      }
      assertTrue(row != 1 && column != 1, "row/column " + i);
    }
  }

  @Test
  void noHiddenCellOfThousandsOfRandomTablesCanBeWorkedOutBySubtraction() {
    Random random = new Random(42);
    int hiddenSeen = 0;
    for (int round = 0; round < 3000; round++) {
      int rows = 2 + random.nextInt(5);
      int columns = 2 + random.nextInt(6);
      long[][] cells = new long[rows][columns];
      for (long[] row : cells) {
        for (int c = 0; c < columns; c++) {
          row[c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(30);
        }
      }
      SubtractionAttack attack = attackTable(cells);
      hiddenSeen += attack.hiddenCount();
      assertEquals(List.of(), List.copyOf(attack.recovered()), "round " + round);
    }
    assertTrue(hiddenSeen > 1000, "the random tables hid " + hiddenSeen + " numbers");
  }

  /** Protects the table as the results do (margins first) and attacks what would be shown. */
  private static SubtractionAttack attackTable(long[][] cells) {
    int rows = cells.length;
    int columns = cells[0].length;
    long[] rowTotals = new long[rows];
    long[] columnTotals = new long[columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        rowTotals[r] += cells[r][c];
        columnTotals[c] += cells[r][c];
      }
    }
    long total = java.util.Arrays.stream(rowTotals).sum();
    boolean totalHidden = total < Suppression.MIN;
    boolean[] rowHidden = Suppression.line(rowTotals, totalHidden);
    boolean[] columnHidden = Suppression.line(columnTotals, totalHidden);
    boolean[][] hidden = Suppression.table(cells, rowHidden, columnHidden);
    SubtractionAttack attack = new SubtractionAttack();
    attack.shown("T", show(total, totalHidden));
    List<String> rowNames = new ArrayList<>();
    List<String> columnNames = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      attack.shown("R" + r, show(rowTotals[r], rowHidden[r]));
      rowNames.add("R" + r);
    }
    for (int c = 0; c < columns; c++) {
      attack.shown("C" + c, show(columnTotals[c], columnHidden[c]));
      columnNames.add("C" + c);
    }
    for (int r = 0; r < rows; r++) {
      List<String> line = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        attack.shown(r + "," + c, show(cells[r][c], hidden[r][c]));
        line.add(r + "," + c);
      }
      attack.sum(line, "R" + r);
    }
    for (int c = 0; c < columns; c++) {
      List<String> line = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        line.add(r + "," + c);
      }
      attack.sum(line, "C" + c);
    }
    attack.sum(rowNames, "T");
    attack.sum(columnNames, "T");
    return attack;
  }

  private static Object show(long value, boolean hidden) {
    assertTrue(hidden || value >= Suppression.MIN, "shown " + value);
    return hidden ? ResultViews.HIDDEN : value;
  }
}
