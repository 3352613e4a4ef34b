package se.hord.survey.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** A JSON response: answers by question key, and the channel (web, sms or paper). */
@Serdeable
public record ResponseRequest(@Nullable Map<String, Object> answers, @Nullable String channel) {}
