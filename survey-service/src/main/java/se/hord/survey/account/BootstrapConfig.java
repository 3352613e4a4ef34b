package se.hord.survey.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The first admin, created on a start with no accounts ({@code HORD_BOOTSTRAP_ADMIN_USER}, {@code
 * HORD_BOOTSTRAP_ADMIN_PASSWORD}). There is no default password.
 */
@ConfigurationProperties("hord.bootstrap")
public record BootstrapConfig(@Nullable String adminUser, @Nullable String adminPassword) {}
