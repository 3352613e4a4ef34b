package se.hord.survey.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An attacker who knows every shown number of a survey's results and works out unknown ones by
 * subtraction: whenever a sum (row, column, total) has exactly one unknown term, it is solved, and
 * the search goes on until nothing more can be solved.
 */
final class SubtractionAttack {
  private final Map<String, Long> known = new HashMap<>();
  private final Set<String> hidden = new HashSet<>();
  private final List<List<String>> sums = new ArrayList<>();

  /** A number as the results show it: a count, or "<5" (hidden), or absent (never shown). */
  void shown(String name, Object value) {
    if (value instanceof Number n) {
      known.put(name, n.longValue());
    } else if (ResultViews.HIDDEN.equals(value)) {
      hidden.add(name);
    }
  }

  /** {@code terms} add up to {@code total}. */
  void sum(List<String> terms, String total) {
    List<String> line = new ArrayList<>(terms);
    line.add(total);
    sums.add(line);
  }

  /** Solves what can be solved; returns the hidden numbers it worked out. */
  Set<String> recovered() {
    boolean progress = true;
    while (progress) {
      progress = false;
      for (List<String> line : sums) {
        List<String> unknown = line.stream().filter(v -> !known.containsKey(v)).toList();
        if (unknown.size() != 1) {
          continue;
        }
        String total = line.getLast();
        String missing = unknown.getFirst();
        long sumOfTerms =
            line.subList(0, line.size() - 1).stream()
                .filter(known::containsKey)
                .mapToLong(known::get)
                .sum();
        known.put(missing, missing.equals(total) ? sumOfTerms : known.get(total) - sumOfTerms);
        progress = true;
      }
    }
    Set<String> found = new HashSet<>(hidden);
    found.retainAll(known.keySet());
    return found;
  }

  int hiddenCount() {
    return hidden.size();
  }
}
