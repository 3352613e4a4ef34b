package se.hord.survey.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The request to create an account; every field is checked by {@link UserService}. {@code phone}
 * (optional): the official's own number, texted when a safeguarding flag of their municipality is
 * new (if {@code safeguarding} is true).
 */
@Serdeable
public record NewUser(
    @Nullable String username,
    @Nullable String password,
    @Nullable List<String> roles,
    @Nullable List<String> municipalities,
    @Nullable Boolean safeguarding,
    @Nullable String phone) {}
