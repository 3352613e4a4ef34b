package se.hord.dialogue.sms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A young person wants an SMS about what happened next: {@code {"phone":"070-123 45 67",
 * "consent":true}}. {@code consent} is the tick that they asked for it; it must be true.
 */
@Serdeable
public record PhoneOptInRequest(@Nullable String phone, @Nullable Boolean consent) {}
