package se.hord.survey.sms.outbound;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.platform.web.ProblemException;
import se.hord.survey.sms.twilio.TwilioSignature;

/** Twilio's delivery reports for the messages we sent; only Twilio's signature lets one in. */
@Controller("/sms/twilio")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class StatusCallbackController {
  static final String PATH = "/sms/twilio/status";
  private static final Logger LOG = LoggerFactory.getLogger(StatusCallbackController.class);

  private final TwilioSignature signature;
  private final DeliveryReports reports;

  StatusCallbackController(TwilioSignature signature, DeliveryReports reports) {
    this.signature = signature;
    this.reports = reports;
  }

  /** A status callback (MessageSid, MessageStatus, ErrorCode): 204; 403 when not from Twilio. */
  @Post("/status")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public HttpResponse<Void> status(
      @Body Map<String, Object> form, @Nullable @Header("X-Twilio-Signature") String sig) {
    Map<String, String> params = flat(form);
    if (!signature.isValid(PATH, params, sig)) {
      LOG.warn("Refused a status callback without a valid Twilio signature");
      throw ProblemException.forbidden(
          "Anropet kommer inte från Twilio. (The request does not come from Twilio.)");
    }
    String sid = params.get("MessageSid");
    String status = params.get("MessageStatus");
    if (sid == null || sid.isBlank() || status == null || status.isBlank()) {
      throw ProblemException.badRequest(
          "MessageSid och MessageStatus behövs. (MessageSid and MessageStatus are needed.)");
    }
    reports.track(sid, status, errorCode(params.get("ErrorCode")));
    return HttpResponse.noContent();
  }

  private static Map<String, String> flat(Map<String, Object> form) {
    Map<String, String> params = new LinkedHashMap<>();
    form.forEach(
        (name, value) ->
            params.put(
                name,
                value instanceof List<?> list && !list.isEmpty()
                    ? String.valueOf(list.getFirst())
                    : String.valueOf(value)));
    return params;
  }

  private static @Nullable Integer errorCode(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
