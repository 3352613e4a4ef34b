package se.hord.survey.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The request to create an account; every field is checked by {@link UserService}. */
@Serdeable
public record NewUser(
    @Nullable String username,
    @Nullable String password,
    @Nullable List<String> roles,
    @Nullable List<String> municipalities,
    @Nullable Boolean safeguarding) {}
