package se.hord.survey.sms.fake;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Settings that point the service at a {@link FakeTwilio}, and Twilio's request signing. */
public final class TwilioTestSetup {
  public static final String ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  public static final String AUTH_TOKEN = "fake-twilio-auth-token";
  public static final String FROM = "+46766860000";
  public static final String PUBLIC_BASE_URL = "https://hord.example.se";

  private TwilioTestSetup() {}

  /** Twilio credentials and the fake's address, with the scheduled sender off (tests tick). */
  public static Map<String, String> properties(FakeTwilio fake) {
    Map<String, String> p = new HashMap<>();
    p.put("hord.twilio.account-sid", ACCOUNT_SID);
    p.put("hord.twilio.auth-token", AUTH_TOKEN);
    p.put("hord.twilio.from", FROM);
    p.put("hord.twilio.api-base", fake.url());
    p.put("hord.twilio.public-base-url", PUBLIC_BASE_URL);
    p.put("hord.sms.sender-enabled", "false");
    p.put("hord.sms.rate-per-second", "1000");
    p.put("hord.sms.send-interval", "1s");
    p.put("hord.sms.retry-base", "0s");
    return p;
  }

  /** X-Twilio-Signature as Twilio computes it: HMAC-SHA1 of the URL and the sorted fields. */
  public static String sign(String path, Map<String, String> params) {
    StringBuilder data = new StringBuilder(PUBLIC_BASE_URL + path);
    new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(AUTH_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
