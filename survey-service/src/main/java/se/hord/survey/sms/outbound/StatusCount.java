package se.hord.survey.sms.outbound;

import io.micronaut.core.annotation.Introspected;

/** How many messages are in one state. */
@Introspected
public record StatusCount(String status, long count) {}
