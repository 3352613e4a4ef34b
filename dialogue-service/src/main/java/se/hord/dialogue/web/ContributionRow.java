package se.hord.dialogue.web;

import io.micronaut.core.annotation.Nullable;
import se.hord.dialogue.common.KeyedText;
import se.hord.dialogue.contribution.ContributionView;
import se.hord.dialogue.dialogue.DialogueView;

/** A contribution as the officials' "as they arrive" page lists it. */
public record ContributionRow(
    long id,
    String event,
    String prompt,
    String text,
    @Nullable String ageBand,
    @Nullable String gender,
    @Nullable String area,
    boolean consent,
    String createdOn) {

  /** Age band, gender and district, those that were given. */
  public String about() {
    return java.util.stream.Stream.of(ageBand, gender, area)
        .filter(java.util.Objects::nonNull)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  static ContributionRow of(ContributionView c, String event, DialogueView dialogue) {
    return new ContributionRow(
        c.id(),
        event,
        dialogue.prompt(c.prompt()).map(KeyedText::text).orElse(c.prompt()),
        c.text(),
        c.ageBand(),
        c.gender(),
        c.area(),
        c.consent(),
        String.valueOf(c.createdOn()));
  }
}
