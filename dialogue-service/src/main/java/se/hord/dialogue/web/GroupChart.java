package se.hord.dialogue.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hord.dialogue.summary.DialogueSummary;
import se.hord.dialogue.summary.DialogueSummary.Group;
import se.hord.dialogue.summary.DialogueSummary.Representative;
import se.hord.dialogue.summary.DialogueSummary.StatementResult;

/**
 * The opinion groups as the summary page shows them: a table of each group's agree share per
 * statement some group agrees on (the chart is drawn from this table), and a plain sentence per
 * group saying what it agrees on.
 *
 * @param rows one row per representative statement: its text and each group's agree share (null
 *     when fewer than 5 in the group voted on it)
 * @param groups one entry per group, with its explanation in Swedish and English
 */
public record GroupChart(List<Row> rows, List<GroupText> groups) {

  /** A statement and each group's agree share of it. */
  public record Row(String key, String text, List<Double> shares) {}

  /** One group: its number, its size as shown ("&lt;5" hidden), and what it agrees on. */
  public record GroupText(int id, Object size, String sv, String en) {}

  static GroupChart of(DialogueSummary summary) {
    Map<String, StatementResult> byKey = new LinkedHashMap<>();
    summary.statements().forEach(s -> byKey.put(s.key(), s));
    Map<String, Row> rows = new LinkedHashMap<>();
    List<GroupText> groups = new ArrayList<>();
    for (Group g : summary.opinionGroups().groups()) {
      for (Representative r : g.agreesOn()) {
        StatementResult result = byKey.get(r.key());
        if (result != null) {
          rows.putIfAbsent(r.key(), new Row(r.key(), r.text(), result.groupAgreeShares()));
        }
      }
      groups.add(new GroupText(g.id(), g.size(), swedish(g), english(g)));
    }
    return new GroupChart(List.copyOf(rows.values()), groups);
  }

  private static String swedish(Group g) {
    if (g.agreesOn().isEmpty()) {
      return "Grupp " + g.id() + " har inget påstående som den håller med om mer än andra.";
    }
    List<String> parts = new ArrayList<>();
    for (Representative r : g.agreesOn()) {
      parts.add(
          "”"
              + r.text()
              + "” ("
              + Formats.percent(r.agreeShare())
              + " i gruppen, "
              + Formats.percent(r.othersAgreeShare())
              + " av övriga)");
    }
    return "Grupp " + g.id() + " håller med om " + String.join("; ", parts) + ".";
  }

  private static String english(Group g) {
    if (g.agreesOn().isEmpty()) {
      return "Group " + g.id() + " agrees with no statement more than the others do.";
    }
    List<String> parts = new ArrayList<>();
    for (Representative r : g.agreesOn()) {
      parts.add(
          "“"
              + r.text()
              + "” ("
              + Formats.percent(r.agreeShare())
              + " in the group, "
              + Formats.percent(r.othersAgreeShare())
              + " of the others)");
    }
    return "Group " + g.id() + " agrees with " + String.join("; ", parts) + ".";
  }
}
