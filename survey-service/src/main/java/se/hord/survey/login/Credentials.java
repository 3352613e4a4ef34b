package se.hord.survey.login;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The JSON login request. */
@Serdeable
public record Credentials(@Nullable String username, @Nullable String password) {}
