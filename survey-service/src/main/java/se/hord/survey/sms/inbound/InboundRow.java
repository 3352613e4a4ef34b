package se.hord.survey.sms.inbound;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** An inbound SMS by Twilio's MessageSid, with the replies we gave (JSON list); no text kept. */
@MappedEntity("sms_inbound")
record InboundRow(@Id String messageSid, String phoneHash, String reply, LocalDate receivedOn) {}
