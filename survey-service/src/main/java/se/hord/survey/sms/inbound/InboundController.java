package se.hord.survey.sms.inbound;

import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.platform.web.ProblemException;
import se.hord.survey.sms.twilio.TwilioSignature;

/** Twilio's incoming-SMS webhook: checks the signature, then answers with TwiML. */
@Controller("/sms/twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
public class InboundController {
  private static final Logger LOG = LoggerFactory.getLogger(InboundController.class);
  private final TwilioSignature signature;
  private final InboundService inbound;

  InboundController(TwilioSignature signature, InboundService inbound) {
    this.signature = signature;
    this.inbound = inbound;
  }

  /** An SMS to our number, as Twilio posts it; 403 unless Twilio signed it. */
  @Post(
      uri = "/inbound",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_XML)
  @ExecuteOn(TaskExecutors.BLOCKING)
  public String inbound(
      HttpRequest<?> request,
      @Body Map<String, String> form,
      @Header("X-Twilio-Signature") @Nullable String twilioSignature) {
    String query = request.getUri().getRawQuery();
    String path = request.getPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    if (!signature.isValid(path, form, twilioSignature)) {
      // Never the body or the numbers: only that a call was refused.
      LOG.warn(
          "Refused a call to {} without a valid X-Twilio-Signature (signature {})",
          request.getPath(),
          twilioSignature == null ? "missing" : "wrong");
      throw ProblemException.forbidden(
          "Anropet saknar en giltig Twilio-signatur. (The request has no valid Twilio"
              + " signature.)");
    }
    String messageSid = form.get("MessageSid");
    String from = form.get("From");
    if (messageSid == null || messageSid.isBlank() || from == null || from.isBlank()) {
      throw ProblemException.badRequest(
          "MessageSid och From behövs. (MessageSid and From are required.)");
    }
    return twiml(inbound.receive(messageSid, from, form.getOrDefault("Body", "")));
  }

  /** The replies as TwiML: one Message each, or an empty Response. */
  static String twiml(List<String> replies) {
    MessagingResponse.Builder response = new MessagingResponse.Builder();
    replies.forEach(text -> response.message(new Message.Builder(text).build()));
    return response.build().toXml();
  }
}
