package se.hord.dialogue.join;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** A bearer token scoped to one event, shaped like the login answer. */
@Serdeable
public record JoinResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn,
    long eventId) {}
