package se.hord.survey.response;

import io.micronaut.serde.annotation.Serdeable;

/** The answer to a stored response; replayed as-is for a repeated Idempotency-Key. */
@Serdeable
public record Receipt(long id, long surveyId, String status) {}
