package se.hord.survey.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * One stored response: the answers as JSON, the date only (no time, no IP, no browser) and, when
 * the form asked the age, the age band only.
 */
@MappedEntity("responses")
public record ResponseRow(
    @Id @GeneratedValue @Nullable Long id,
    long surveyId,
    LocalDate answeredOn,
    String channel,
    String answers,
    @Nullable String ageBand) {}
