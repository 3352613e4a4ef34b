package se.hord.analysis.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression. A count under {@link #THRESHOLD} people is shown as {@code "<5"} (primary
 * suppression, zero included). When a breakdown adds up to a published total, more cells are hidden
 * ({@code "•"}, secondary suppression), smallest first, until subtraction from the total leaves
 * every small cell anywhere between 0 and 4: whoever knows the rule, the total and every shown
 * figure learns nothing more than "under 5". When even hiding every cell does not achieve that, the
 * breakdown is withheld whole.
 */
public final class Suppression {
  /** The smallest count of people a report shows. */
  public static final int THRESHOLD = 5;

  private Suppression() {}

  /** The figure for a count that stands alone (no published sum it is part of). */
  public static Figure figure(long count) {
    return count < THRESHOLD ? Figure.small() : Figure.shown(count);
  }

  /**
   * Protects the cells of a breakdown whose counts add up to {@code total}, itself published as
   * {@link #figure(long)}. Cells keep their order.
   */
  public static Breakdown protect(long total, Map<String, Long> counts) {
    long sum = counts.values().stream().mapToLong(Long::longValue).sum();
    if (sum != total) {
      throw new IllegalArgumentException("cells add up to " + sum + ", not " + total);
    }
    Map<String, Figure> figures = new LinkedHashMap<>();
    if (total < THRESHOLD) {
      counts.keySet().forEach(key -> figures.put(key, Figure.small()));
      return breakdown(figures);
    }
    counts.forEach((key, count) -> figures.put(key, figure(count)));
    List<String> candidates = new ArrayList<>(counts.keySet());
    candidates.sort(Comparator.comparingLong(counts::get));
    for (String key : candidates) {
      if (safe(total, figures)) {
        return breakdown(figures);
      }
      if (!figures.get(key).suppressed()) {
        figures.put(key, Figure.hidden());
      }
    }
    return safe(total, figures) ? breakdown(figures) : Breakdown.withheldOne();
  }

  /**
   * Whether every small cell could still be anything from 0 to 4, given the total, the shown
   * figures and what {@code "<5"} and {@code "•"} say about the hidden ones.
   */
  static boolean safe(long total, Map<String, Figure> figures) {
    List<Range> hidden = new ArrayList<>();
    long rest = total;
    for (Figure f : figures.values()) {
      if (f.suppressed()) {
        hidden.add(Range.of(f, total));
      } else {
        rest -= f.value();
      }
    }
    for (int i = 0; i < hidden.size(); i++) {
      Range own = hidden.get(i);
      if (!own.small()) {
        continue;
      }
      long othersLow = 0;
      long othersHigh = 0;
      for (int j = 0; j < hidden.size(); j++) {
        if (j != i) {
          othersLow += hidden.get(j).low();
          othersHigh += hidden.get(j).high();
        }
      }
      long low = Math.max(own.low(), rest - othersHigh);
      long high = Math.min(own.high(), rest - othersLow);
      if (low > 0 || high < THRESHOLD - 1) {
        return false;
      }
    }
    return true;
  }

  /** What someone who knows the rule can say about a hidden cell: low ≤ value ≤ high. */
  record Range(long low, long high) {
    static Range of(Figure figure, long total) {
      return figure.shown().equals(Figure.SMALL)
          ? new Range(0, THRESHOLD - 1)
          : new Range(THRESHOLD, total);
    }

    boolean small() {
      return high < THRESHOLD;
    }
  }

  private static Breakdown breakdown(Map<String, Figure> figures) {
    List<Breakdown.Cell> cells = new ArrayList<>();
    figures.forEach((key, figure) -> cells.add(new Breakdown.Cell(key, figure)));
    return new Breakdown(false, List.copyOf(cells));
  }
}
