package se.hord.survey.results;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link SubtractionAttack} from the results JSON (as maps) and the definition's
 * questions, and checks every shown count is at least 5.
 */
final class ResultsAttacks {
  private ResultsAttacks() {}

  /** Attacks the results; returns the attack (asserting shown counts are ≥ 5 on the way). */
  @SuppressWarnings("unchecked")
  static SubtractionAttack attack(
      Map<String, Object> results, List<Map<String, Object>> questions) {
    SubtractionAttack attack = new SubtractionAttack();
    for (Map<String, Object> q : (List<Map<String, Object>>) results.get("questions")) {
      Map<String, Object> total = (Map<String, Object>) q.get("total");
      String key = (String) q.get("key");
      read(attack, "all|" + key, total);
      for (List<String> line : lines(definition(questions, key), "all|" + key)) {
        attack.sum(line.subList(0, line.size() - 1), line.getLast());
      }
    }
    for (Map<String, Object> b : (List<Map<String, Object>>) results.get("breakdowns")) {
      List<String> groups =
          ((List<Map<String, Object>>) b.get("groups"))
              .stream().map(g -> (String) g.get("key")).toList();
      for (Map<String, Object> gq : (List<Map<String, Object>>) b.get("questions")) {
        String key = (String) gq.get("key");
        List<Map<String, Object>> rows = (List<Map<String, Object>>) gq.get("rows");
        String prefix = "by|" + b.get("by") + "|" + key + "|";
        for (Map<String, Object> row : rows) {
          read(attack, prefix + row.get("group"), row);
        }
        Map<String, Object> definition = definition(questions, key);
        List<List<String>> overall = lines(definition, "all|" + key);
        for (String g : groups) {
          for (List<String> line : lines(definition, prefix + g)) {
            attack.sum(line.subList(0, line.size() - 1), line.getLast());
          }
        }
        // columns: each count (and "answered") over the groups adds up to the overall one
        for (List<String> line : overall) {
          for (String overallName : line) {
            String suffix = overallName.substring(("all|" + key).length());
            attack.sum(groups.stream().map(g -> prefix + g + suffix).toList(), overallName);
          }
        }
      }
    }
    return attack;
  }

  @SuppressWarnings("unchecked")
  private static void read(SubtractionAttack attack, String prefix, Map<String, Object> row) {
    check(prefix + "|answered", row.get("answered"));
    attack.shown(prefix + "|answered", row.get("answered"));
    for (Map<String, Object> count : (List<Map<String, Object>>) row.get("counts")) {
      String name = prefix + "|" + count.get("key");
      check(name, count.get("count"));
      attack.shown(name, count.get("count"));
    }
  }

  private static void check(String name, Object value) {
    if (value instanceof Number n) {
      assertTrue(n.longValue() >= Suppression.MIN, name + " is shown as " + n);
    }
  }

  /** The sums within one row: options (or chose/did not per option) add up to "answered". */
  private static List<List<String>> lines(Map<String, Object> question, String prefix) {
    String answered = prefix + "|answered";
    List<List<String>> lines = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    switch ((String) question.get("type")) {
      case "single_choice" -> options(question).forEach(k -> keys.add(prefix + "|" + k));
      case "yes_no" -> List.of("yes", "no").forEach(k -> keys.add(prefix + "|" + k));
      case "likert" -> {
        for (int i = 1; i <= ((Number) question.get("scale")).intValue(); i++) {
          keys.add(prefix + "|" + i);
        }
      }
      case "multi_choice" -> {
        for (String k : options(question)) {
          lines.add(List.of(prefix + "|" + k, prefix + "|" + k + "|not", answered));
        }
        lines.add(List.of(answered, answered));
        return lines;
      }
      default -> {
        lines.add(List.of(answered, answered));
        return lines;
      }
    }
    keys.add(answered);
    lines.add(keys);
    return lines;
  }

  @SuppressWarnings("unchecked")
  private static List<String> options(Map<String, Object> question) {
    return ((List<Map<String, Object>>) question.get("options"))
        .stream().map(o -> (String) o.get("key")).toList();
  }

  private static Map<String, Object> definition(List<Map<String, Object>> questions, String key) {
    return questions.stream().filter(q -> key.equals(q.get("key"))).findFirst().orElseThrow();
  }
}
