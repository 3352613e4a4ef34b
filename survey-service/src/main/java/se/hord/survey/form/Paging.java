package se.hord.survey.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.hord.survey.definition.Question;
import se.hord.survey.definition.Section;
import se.hord.survey.definition.SurveyDefinition;
import se.hord.survey.response.Answers;

/**
 * The form's pages: one per section, or one page when the survey has no sections. Skip logic that
 * depends on an earlier page is decided on the server: such a question is left out, and a page with
 * nothing left to ask is skipped. A condition on the same page is shown as a hint.
 */
final class Paging {
  private final SurveyDefinition definition;
  private final List<List<Question>> pages = new ArrayList<>();
  private final List<Section> sections;

  Paging(SurveyDefinition definition) {
    this.definition = definition;
    this.sections = definition.sectionList();
    if (sections.isEmpty()) {
      pages.add(definition.questionList());
    } else {
      Map<String, List<Question>> bySection = new LinkedHashMap<>();
      sections.forEach(s -> bySection.put(s.key(), new ArrayList<>()));
      definition.questionList().forEach(q -> bySection.get(q.section()).add(q));
      pages.addAll(bySection.values());
    }
  }

  int count() {
    return pages.size();
  }

  /** The page number clamped to the pages that exist. */
  int clamp(int page) {
    return Math.max(0, Math.min(page, pages.size() - 1));
  }

  Section section(int page) {
    return sections.isEmpty() ? null : sections.get(page);
  }

  /** Every question of the page, shown or not (their fields are replaced when it is posted). */
  List<Question> all(int page) {
    return pages.get(page);
  }

  /** The questions of the page to show, given the answers so far. */
  List<Question> shown(int page, Map<String, Object> accepted) {
    Set<String> here = pages.get(page).stream().map(Question::key).collect(Collectors.toSet());
    return pages.get(page).stream()
        .filter(
            q ->
                q.showIf() == null
                    || here.contains(q.showIf().question())
                    || Answers.shown(q, accepted))
        .toList();
  }

  /** The next page with something to ask after {@code page}, or -1 when there is none. */
  int next(int page, Map<String, Object> accepted) {
    for (int p = page + 1; p < pages.size(); p++) {
      if (!shown(p, accepted).isEmpty()) {
        return p;
      }
    }
    return -1;
  }

  /** The page with something to ask before {@code page}, or -1 when there is none. */
  int previous(int page, Map<String, Object> accepted) {
    for (int p = page - 1; p >= 0; p--) {
      if (!shown(p, accepted).isEmpty()) {
        return p;
      }
    }
    return -1;
  }

  /** The page a question is on. */
  int pageOf(String key) {
    for (int p = 0; p < pages.size(); p++) {
      if (pages.get(p).stream().anyMatch(q -> q.key().equals(key))) {
        return p;
      }
    }
    return 0;
  }

  SurveyDefinition definition() {
    return definition;
  }
}
