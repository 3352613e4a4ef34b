package se.hord.dialogue.join;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The code an ambassador types to join an event. */
@Serdeable
public record JoinRequest(@Nullable String joinCode) {}
