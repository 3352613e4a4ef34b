package se.hord.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SMS webhook ingest: 64 clients each play phones texting the survey's keyword and then one
 * free-text answer, every request signed as Twilio signs it (HMAC-SHA1 over the URL and the sorted
 * form fields, as {@code com.twilio.security.RequestValidator} checks).
 */
final class SmsIngest {
  static final String NAME = "SMS ingest: signed inbound messages/s, 64 clients";
  static final String KEYWORD = "BANKTEST";
  private static final String PATH = "/sms/twilio/inbound";
  private static final long WARMUP_PHONES = 500_000;

  private SmsIngest() {}

  static void run(Context ctx, double naiveRate) throws Exception {
    String url = ctx.cluster().publicBaseUrl + PATH;
    int probe = ctx.anonymous().postForm(url, Map.of(), Map.of("Accept", "*/*")).status();
    if (probe == 404 || probe == 405) {
      ctx.add(Row.missing(NAME, "msg/s", "≥ 1,000/s", "not available yet"));
      ctx.add(Row.missing("SMS ingest: p99, 64 clients", "ms", "≤ 50 ms", "not available yet"));
      return;
    }
    Surveys.createPublished(
        ctx.admin(), ctx.survey(), Surveys.definition("0180", KEYWORD, "Bänktest sms"));
    Load.Result warmup =
        Load.closed(
            WebIngest.CLIENTS,
            Long.MAX_VALUE,
            ctx.sizes().warmup(),
            phones(ctx, url, WARMUP_PHONES));
    Load.Result result =
        Load.closed(WebIngest.CLIENTS, Long.MAX_VALUE, ctx.sizes().smsPhase(), phones(ctx, url, 0));
    // A refused message loses at most one answer (the keyword's, or the answer itself).
    ctx.itemsPosted().addAndGet(-result.failed() - warmup.failed());
    ctx.add(
        Row.of(
                NAME,
                result.perSecond(),
                "msg/s",
                naiveRate,
                "≥ 1,000/s",
                result.perSecond() >= 1000)
            .withNote(WebIngest.failures(result)));
    ctx.add(
        Row.of(
            "SMS ingest: p99, 64 clients",
            result.latencies().p99(),
            "ms",
            null,
            "≤ 50 ms",
            result.latencies().p99() <= 50));
  }

  /**
   * Each client plays phones one after another: the keyword, then one free-text answer. Phones are
   * numbered from {@code firstPhone}, so the warm-up's phones are not the measured phase's.
   */
  private static Load.Task phones(Context ctx, String url, long firstPhone) {
    Corpus corpus = ctx.corpus();
    return (client, n, i) -> {
      long phone = firstPhone + client * 1_000_000L + n / 2;
      String from = String.format("+4670%07d", phone);
      String body = n % 2 == 0 ? KEYWORD : corpus.answer(phone + 20_000_000L);
      Map<String, String> form = new TreeMap<>();
      form.put("MessageSid", "SM" + client + "x" + n + "x" + System.nanoTime());
      form.put("AccountSid", "AC" + "0".repeat(32));
      form.put("From", from);
      form.put("To", "+46700000000");
      form.put("Body", body);
      form.put("NumMedia", "0");
      Http.Reply reply =
          ctx.anonymous()
              .postForm(
                  url, form, Map.of("X-Twilio-Signature", sign(url, form), "Accept", "text/xml"))
              .expect(200);
      if (n % 2 == 1) {
        ctx.itemsPosted().incrementAndGet();
      } else if (!reply.body().contains("<Message>")) {
        throw new IllegalStateException("no question after the keyword: " + reply.body());
      }
    };
  }

  /** Twilio's signature: Base64(HMAC-SHA1(token, url + each field name and value, sorted)). */
  static String sign(String url, Map<String, String> sortedForm) {
    StringBuilder data = new StringBuilder(url);
    sortedForm.forEach((k, v) -> data.append(k).append(v));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(
          new SecretKeySpec(
              BenchCluster.TWILIO_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
