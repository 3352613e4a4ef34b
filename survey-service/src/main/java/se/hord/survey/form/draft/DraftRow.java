package se.hord.survey.form.draft;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A half-answered form: the posted fields as JSON, the page reached, the age band once asked. */
@MappedEntity("form_drafts")
public record DraftRow(
    @Id String token,
    long surveyId,
    String answers,
    int page,
    @Nullable String ageBand,
    @Nullable Long responseId,
    LocalDate expiresOn) {}
