package se.hord.bench;

/**
 * One line of the results table. {@code value} null means the benchmark could not run (see {@code
 * note}); {@code baseline}, {@code ratio} and {@code met} are null where there is none.
 */
public record Row(
    String name,
    Double value,
    String unit,
    Double baseline,
    Double ratio,
    String goal,
    Boolean met,
    String note) {

  /** A figure with a baseline; ratio is value / baseline. */
  static Row of(String name, double value, String unit, Double baseline, String goal, Boolean met) {
    Double ratio = baseline == null || baseline == 0 ? null : value / baseline;
    return new Row(name, round(value), unit, round(baseline), round(ratio), goal, met, null);
  }

  /** A benchmark that could not run, and why. */
  static Row missing(String name, String unit, String goal, String note) {
    return new Row(name, null, unit, null, null, goal, null, note);
  }

  Row withNote(String text) {
    return new Row(name, value, unit, baseline, ratio, goal, met, text);
  }

  private static Double round(Double v) {
    if (v == null || v.isNaN() || v.isInfinite()) {
      return v == null ? null : null;
    }
    double scale = Math.abs(v) >= 100 ? 1 : Math.abs(v) >= 1 ? 100 : 1000;
    return Math.round(v * scale) / scale;
  }
}
