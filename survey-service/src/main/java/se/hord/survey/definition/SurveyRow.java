package se.hord.survey.definition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A stored survey; {@code definition} is the {@link SurveyDefinition} as JSON. */
@MappedEntity("surveys")
public record SurveyRow(
    @Id @GeneratedValue @Nullable Long id,
    String slug,
    String municipality,
    String title,
    String status,
    String definition,
    LocalDate createdOn) {}
