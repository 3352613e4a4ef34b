package se.hord.dialogue.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SuppressionTest {

  @Test
  void countsOfFiveOrMoreAreShown() {
    assertArrayEquals(new boolean[] {false, false, false, false}, Suppression.line(5, 6, 7, 18));
  }

  @Test
  void countsUnderFiveAreHiddenIncludingZero() {
    assertEquals("<5", Suppression.show(4, Suppression.line(4, 0, 4)[0]));
    assertArrayEquals(new boolean[] {true, true, true}, Suppression.line(4, 0, 4));
  }

  @Test
  void aLoneHiddenCountHidesTheNextSmallestSoSubtractionRevealsNothing() {
    // 20 agree, 3 disagree, 9 pass of 32: 32 - 20 - 9 would give the 3 away, so 9 goes too.
    assertArrayEquals(new boolean[] {false, true, true, false}, Suppression.line(20, 3, 9, 32));
  }

  @Test
  void twoHiddenCountsNeedNothingMore() {
    assertArrayEquals(new boolean[] {false, true, true, false}, Suppression.line(30, 2, 3, 35));
  }

  @Test
  void partsOfAPublishedTotalAreSuppressedAgainstIt() {
    // 12 contributions: 8 from 13-15, 4 from 16-19; the total is shown, so 8 must go as well.
    assertArrayEquals(new boolean[] {true, true}, Suppression.parts(new long[] {8, 4}, 12, false));
    assertArrayEquals(
        new boolean[] {false, false}, Suppression.parts(new long[] {8, 6}, 14, false));
  }

  @Test
  void tableHidesAlongRowsAndColumnsUntilNoLineHasOneHiddenCount() {
    // rows: two age bands with agree, disagree, pass, total; last row: overall (published).
    long[][] grid = {
      {10, 6, 5, 21},
      {12, 3, 6, 21},
      {22, 9, 11, 42}
    };
    boolean[] overall = Suppression.line(grid[2]);
    boolean[][] hidden = Suppression.table(grid, overall, true);

    assertArrayEquals(new boolean[] {false, false, false, false}, overall);
    // the 3 is hidden; its row hides the next smallest (6 pass); the columns then need a second
    // hidden cell each: 6 disagree and 5 pass in the first row.
    assertArrayEquals(new boolean[] {false, true, true, false}, hidden[1]);
    assertArrayEquals(new boolean[] {false, true, true, false}, hidden[0]);
    for (boolean[] row : hidden) {
      int count = 0;
      for (boolean h : row) {
        count += h ? 1 : 0;
      }
      assertEquals(false, count == 1, "no row has exactly one hidden count");
    }
  }

  @Test
  void sharesOfHiddenCountsAreNull() {
    assertNull(Suppression.share(3, true, 10, false));
    assertNull(Suppression.share(6, false, 10, true));
    assertEquals(0.6, Suppression.share(6, false, 10, false));
  }
}
