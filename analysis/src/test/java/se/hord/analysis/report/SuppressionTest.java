package se.hord.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuppressionTest {
  @Test
  void aCountUnderFiveIsShownAsUnderFive() {
    assertEquals("<5", Suppression.figure(4).shown());
    assertEquals("<5", Suppression.figure(0).shown());
    assertEquals("5", Suppression.figure(5).shown());
    assertEquals(5L, Suppression.figure(5).value());
  }

  @Test
  void aBreakdownWithoutSmallCellsIsShownWhole() {
    Breakdown b = Suppression.protect(30, cells(10L, 20L));
    assertEquals(List.of("10", "20"), shown(b));
  }

  @Test
  void oneSmallCellHidesTheNextSmallestSoTheTotalDoesNotRevealIt() {
    Breakdown b = Suppression.protect(53, cells(3L, 20L, 30L));
    assertEquals(List.of("<5", "•", "30"), shown(b));
    assertTrue(Attacker.learnsNothing(53, b));
  }

  @Test
  void aSecondaryCellTooCloseToFiveIsNotEnough() {
    // hiding 3 and 5 alone: 8 = small + (≥5) would tell the small one is at most 3
    Breakdown b = Suppression.protect(38, cells(3L, 5L, 30L));
    assertEquals(List.of("<5", "•", "•"), shown(b));
    assertTrue(Attacker.learnsNothing(38, b));
  }

  @Test
  void twoFoursThatWouldAddUpToTheirOwnSumAreProtected() {
    Breakdown b = Suppression.protect(28, cells(4L, 4L, 20L));
    assertTrue(Attacker.learnsNothing(28, b));
    assertEquals(List.of("<5", "<5", "•"), shown(b));
  }

  @Test
  void aBreakdownNothingCanProtectIsWithheld() {
    Breakdown b = Suppression.protect(8, cells(4L, 4L));
    assertTrue(b.withheld());
    assertTrue(b.cells().isEmpty());
  }

  @Test
  void aTotalUnderFiveShowsEveryCellAsUnderFive() {
    Breakdown b = Suppression.protect(3, cells(1L, 2L, 0L));
    assertEquals(List.of("<5", "<5", "<5"), shown(b));
  }

  @Test
  void cellsThatDoNotAddUpToTheTotalAreAMistake() {
    assertThrows(IllegalArgumentException.class, () -> Suppression.protect(10, cells(3L, 4L)));
  }

  @Test
  void noRandomBreakdownLetsSubtractionRecoverASmallCell() {
    Random random = new Random(42);
    for (int round = 0; round < 2_000; round++) {
      int n = 1 + random.nextInt(6);
      Long[] values = new Long[n];
      long total = 0;
      for (int i = 0; i < n; i++) {
        values[i] = (long) (random.nextBoolean() ? random.nextInt(6) : random.nextInt(40));
        total += values[i];
      }
      Breakdown b = Suppression.protect(total, cells(values));
      assertTrue(
          Attacker.learnsNothing(total, b), () -> "recovered from " + List.of(values) + ": " + b);
      if (!b.withheld() && total >= Suppression.THRESHOLD) {
        for (Breakdown.Cell cell : b.cells()) {
          assertFalse(
              cell.count().value() != null && cell.count().value() < Suppression.THRESHOLD,
              "small cell shown");
        }
      }
    }
  }

  private static Map<String, Long> cells(Long... values) {
    Map<String, Long> cells = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      cells.put("c" + i, values[i]);
    }
    return cells;
  }

  private static List<String> shown(Breakdown b) {
    return b.cells().stream().map(c -> c.count().shown()).toList();
  }
}
