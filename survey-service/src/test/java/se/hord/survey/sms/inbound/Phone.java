package se.hord.survey.sms.inbound;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hord.survey.Api;
import se.hord.survey.Api.Reply;
import se.hord.survey.sms.fake.TwilioTestSetup;

/** A test phone: texts the service through Twilio's signed webhook and reads the TwiML replies. */
final class Phone {
  static final String PATH = "/sms/twilio/inbound";
  private static final Pattern MESSAGE =
      Pattern.compile("<Message>(.*?)</Message>", Pattern.DOTALL);
  private final Api api;
  final String number;

  Phone(Api api, String number) {
    this.api = api;
    this.number = number;
  }

  /** The replies to this text, as the young person would read them. */
  List<String> text(String body) {
    return text(body, "SM" + UUID.randomUUID().toString().replace("-", ""));
  }

  List<String> text(String body, String messageSid) {
    Reply reply = post(form(body, messageSid), true);
    if (reply.status() != 200) {
      throw new IllegalStateException("webhook answered " + reply.status() + ": " + reply.text());
    }
    return replies(reply.text());
  }

  Map<String, String> form(String body, String messageSid) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("MessageSid", messageSid);
    form.put("SmsMessageSid", messageSid);
    form.put("AccountSid", TwilioTestSetup.ACCOUNT_SID);
    form.put("From", number);
    form.put("To", TwilioTestSetup.FROM);
    form.put("Body", body);
    form.put("NumMedia", "0");
    form.put("NumSegments", "1");
    form.put("SmsStatus", "received");
    form.put("ApiVersion", "2010-04-01");
    return form;
  }

  Reply post(Map<String, String> form, boolean signed) {
    MutableHttpRequest<Map<String, String>> request =
        HttpRequest.POST(PATH, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    if (signed) {
      request.header("X-Twilio-Signature", TwilioTestSetup.sign(PATH, form));
    }
    return api.text(request);
  }

  static List<String> replies(String twiml) {
    List<String> found = new ArrayList<>();
    Matcher m = MESSAGE.matcher(twiml);
    while (m.find()) {
      found.add(
          m.group(1)
              .replace("&quot;", "\"")
              .replace("&apos;", "'")
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&amp;", "&"));
    }
    return found;
  }
}
