package se.hord.dialogue.dialogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.hord.dialogue.common.KeyedText;
import se.hord.dialogue.common.Violations;

/** Checks a dialogue request and lists every problem by its path. */
final class DialogueValidator {
  static final int MAX_TITLE = 200;
  static final int MAX_DESCRIPTION = 5000;
  static final int MAX_KEY = 64;
  static final int MAX_TEXT = 1000;
  static final int MAX_ITEMS = 100;
  static final int MAX_COUNTERS = 20;

  /** Keys of participants' statements start with this, so officials' keys never clash. */
  static final String PARTICIPANT_KEY = DialogueStatement.PARTICIPANT_KEY_PREFIX;

  private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

  private DialogueValidator() {}

  /** Answers 400 listing every problem, or returns normally when the request is good. */
  static void check(DialogueRequest request) {
    Violations violations = new Violations();
    violations.text("title", request.title(), MAX_TITLE, true);
    violations.text("description", request.description(), MAX_DESCRIPTION, false);
    if (request.municipality() == null || !MUNICIPALITY.matcher(request.municipality()).matches()) {
      violations.add(
          "municipality",
          "Ange kommunens fyrsiffriga kod från SCB, t.ex. 0380."
              + " (Give the municipality's four-digit SCB code, e.g. 0380.)");
    }
    if (request.prompts() == null || request.prompts().isEmpty()) {
      violations.add("prompts", "Lägg till minst en fråga. (Add at least one prompt.)");
    } else {
      checkItems("prompts", request.prompts(), violations);
    }
    if (request.statements() != null) {
      checkItems("statements", request.statements(), violations);
      checkNotReserved(request.statements(), violations);
    }
    if (request.counters() != null) {
      checkCounters(request.counters(), violations);
    }
    violations.throwIfAny();
  }

  private static void checkNotReserved(List<KeyedText> statements, Violations violations) {
    for (int i = 0; i < statements.size(); i++) {
      KeyedText item = statements.get(i);
      if (item != null && item.key() != null && item.key().strip().startsWith(PARTICIPANT_KEY)) {
        violations.add(
            "statements[" + i + "].key",
            "Nycklar som börjar med '"
                + PARTICIPANT_KEY
                + "' är till för deltagarnas påståenden. (Keys starting with '"
                + PARTICIPANT_KEY
                + "' are kept for participants' statements.)");
      }
    }
  }

  private static void checkCounters(List<CounterDefinition> counters, Violations violations) {
    if (counters.isEmpty() || counters.size() > MAX_COUNTERS) {
      violations.add(
          "counters",
          "Ange 1–"
              + MAX_COUNTERS
              + " räknare, eller inga alls för standardräknarna. (Give 1 to "
              + MAX_COUNTERS
              + " counters, or none for the default ones.)");
      return;
    }
    checkItems(
        "counters",
        counters.stream().map(c -> c == null ? null : new KeyedText(c.key(), c.label())).toList(),
        violations,
        "label");
  }

  private static void checkItems(String path, List<KeyedText> items, Violations violations) {
    checkItems(path, items, violations, "text");
  }

  private static void checkItems(
      String path, List<KeyedText> items, Violations violations, String textField) {
    if (items.size() > MAX_ITEMS) {
      violations.add(path, "Högst " + MAX_ITEMS + " stycken. (At most " + MAX_ITEMS + ".)");
      return;
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String at = path + "[" + i + "]";
      KeyedText item = items.get(i);
      if (item == null) {
        violations.add(at, "Fyll i nyckel och text. (Give a key and a text.)");
        continue;
      }
      String key = violations.text(at + ".key", item.key(), MAX_KEY, true);
      if (key != null && !keys.add(key)) {
        violations.add(
            at + ".key",
            "Nyckeln '" + key + "' finns redan. (The key '" + key + "' is already used.)");
      }
      violations.text(at + "." + textField, item.text(), MAX_TEXT, true);
    }
  }
}
