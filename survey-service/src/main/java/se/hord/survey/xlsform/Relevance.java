package se.hord.survey.xlsform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hord.survey.definition.Option;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.QuestionType;
import se.hord.survey.definition.ShowIf;

/**
 * Turns an XLSForm {@code relevant} expression into our {@link ShowIf} where it can say the same:
 * {@code ${q} = 'x'}, {@code selected(${q}, 'x')}, several of these about one question joined by
 * {@code or} ({@code in}), {@code ${q} != ''} (answered), and comparisons with a number when the
 * question's possible answers are few enough to list. Anything else (and, two questions, functions)
 * is empty: the caller reports it.
 */
final class Relevance {
  private static final Pattern EQUALS =
      Pattern.compile("\\$\\{([^}]+)}\\s*(=|!=|>=|<=|>|<)\\s*('([^']*)'|\"([^\"]*)\"|-?[0-9.]+)");
  private static final Pattern SELECTED =
      Pattern.compile("selected\\(\\s*\\$\\{([^}]+)}\\s*,\\s*('([^']*)'|\"([^\"]*)\")\\s*\\)");
  private static final int MAX_LISTED = 100;

  private Relevance() {}

  /** The showIf for this expression, given the questions before it by key. */
  static Optional<ShowIf> map(String expression, Map<String, Question> earlier) {
    String text = expression.trim();
    while (text.startsWith("(")
        && text.endsWith(")")
        && balanced(text.substring(1, text.length() - 1))) {
      text = text.substring(1, text.length() - 1).trim();
    }
    if (text.matches("(?s).*\\band\\b.*")) {
      return Optional.empty();
    }
    String question = null;
    List<Object> values = new ArrayList<>();
    for (String part : text.split("\\s+or\\s+")) {
      Optional<Condition> condition = condition(part.trim(), earlier);
      if (condition.isEmpty() || (question != null && !question.equals(condition.get().question))) {
        return Optional.empty();
      }
      question = condition.get().question;
      if (condition.get().answered != null) {
        return values.isEmpty() && !text.contains(" or ")
            ? Optional.of(new ShowIf(question, null, null, condition.get().answered))
            : Optional.empty();
      }
      condition.get().values.stream().filter(v -> !values.contains(v)).forEach(values::add);
    }
    if (question == null || values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        values.size() == 1
            ? new ShowIf(question, values.getFirst(), null, null)
            : new ShowIf(question, null, values, null));
  }

  private record Condition(String question, List<Object> values, Boolean answered) {}

  private static Optional<Condition> condition(String part, Map<String, Question> earlier) {
    while (part.startsWith("(") && part.endsWith(")")) {
      part = part.substring(1, part.length() - 1).trim();
    }
    Matcher selected = SELECTED.matcher(part);
    if (selected.matches()) {
      String value = selected.group(3) != null ? selected.group(3) : selected.group(4);
      return known(selected.group(1), earlier)
          .map(q -> new Condition(q.key(), List.of(XlsFormMapper.safeKey(value)), null));
    }
    Matcher m = EQUALS.matcher(part);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Question> target = known(m.group(1), earlier);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Question q = target.get();
    String op = m.group(2);
    String value = m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : m.group(3);
    if (value.isEmpty() && (op.equals("=") || op.equals("!="))) {
      return Optional.of(new Condition(q.key(), List.of(), op.equals("!=")));
    }
    if (op.equals("=")) {
      return Optional.of(new Condition(q.key(), List.of(typed(q, value)), null));
    }
    return listed(q, op, value).map(values -> new Condition(q.key(), values, null));
  }

  /** Every possible answer of {@code q} that satisfies {@code answer op value}, when few. */
  private static Optional<List<Object>> listed(Question q, String op, String value) {
    BigDecimal bound;
    try {
      bound = new BigDecimal(value);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    List<BigDecimal> domain = new ArrayList<>();
    if (q.kind() == QuestionType.SINGLE_CHOICE) {
      for (Option o : q.optionList()) {
        if (!o.key().matches("-?[0-9]+")) {
          return Optional.empty();
        }
        domain.add(new BigDecimal(o.key()));
      }
    } else if (q.kind() == QuestionType.NUMBER
        && q.min() != null
        && q.max() != null
        && q.max().subtract(q.min()).compareTo(BigDecimal.valueOf(MAX_LISTED)) <= 0
        && q.min().stripTrailingZeros().scale() <= 0) {
      for (BigDecimal v = q.min(); v.compareTo(q.max()) <= 0; v = v.add(BigDecimal.ONE)) {
        domain.add(v);
      }
    } else {
      return Optional.empty();
    }
    List<Object> values = new ArrayList<>();
    for (BigDecimal v : domain) {
      int c = v.compareTo(bound);
      boolean keep =
          switch (op) {
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            default -> c != 0;
          };
      if (keep) {
        values.add(q.kind() == QuestionType.SINGLE_CHOICE ? v.toPlainString() : v.longValue());
      }
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(values);
  }

  private static Object typed(Question q, String value) {
    if (q.kind() == QuestionType.NUMBER && value.matches("-?[0-9]+")) {
      return Long.parseLong(value);
    }
    return q.kind().hasOptions() ? XlsFormMapper.safeKey(value) : value;
  }

  private static Optional<Question> known(String name, Map<String, Question> earlier) {
    return Optional.ofNullable(earlier.get(name.trim()));
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (char c : text.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
