package se.hord.dialogue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.hord.dialogue.common.KeyedText;
import se.hord.dialogue.dialogue.DialogueRequest;

/** The "plan a dialogue" form: prompts and statements one per line, keyed q1.., s1.. in order. */
record DialogueForm(
    String title, String municipality, String description, String prompts, String statements) {

  static DialogueForm empty(String municipality) {
    return new DialogueForm("", municipality, "", "", "");
  }

  static DialogueForm of(Map<String, String> fields) {
    return new DialogueForm(
        fields.getOrDefault("title", ""),
        fields.getOrDefault("municipality", ""),
        fields.getOrDefault("description", ""),
        fields.getOrDefault("prompts", ""),
        fields.getOrDefault("statements", ""));
  }

  DialogueRequest request() {
    return new DialogueRequest(
        title.strip(),
        municipality.strip(),
        description.strip(),
        lines("q", prompts),
        lines("s", statements));
  }

  private static List<KeyedText> lines(String prefix, String text) {
    List<KeyedText> items = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        items.add(new KeyedText(prefix + (items.size() + 1), line.strip()));
      }
    }
    return items;
  }
}
