package se.hord.survey.sms.twilio;

import com.twilio.security.RequestValidator;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks X-Twilio-Signature with the SDK's {@link RequestValidator}. */
@Singleton
public class TwilioSignature {
  private final TwilioSettings settings;

  public TwilioSignature(TwilioSettings settings) {
    this.settings = settings;
  }

  /**
   * True when the signature is Twilio's for this request to our public address.
   *
   * @param path the request path, e.g. "/sms/twilio/status"; params the form fields.
   */
  public boolean isValid(String path, Map<String, String> params, @Nullable String signature) {
    if (signature == null || signature.isBlank() || settings.getAuthToken().isBlank()) {
      return false;
    }
    return isValid(settings.getAuthToken(), settings.getPublicBaseUrl() + path, params, signature);
  }

  /**
   * True when the signature matches this full URL and form fields under this auth token; the SDK
   * also tries the URL with the default port added or removed, as Twilio's proxies may have.
   */
  public static boolean isValid(
      String authToken, String url, Map<String, String> params, @Nullable String signature) {
    if (signature == null || signature.isBlank()) {
      return false;
    }
    return new RequestValidator(authToken).validate(url, params, signature);
  }

  /**
   * As {@link #isValid(String, String, Map, String)} for a form where a field may repeat: Twilio
   * signs each field name with its values sorted. Without repeats the SDK decides.
   */
  public static boolean isValid(
      String authToken,
      String url,
      List<Map.Entry<String, String>> fields,
      @Nullable String signature) {
    Map<String, TreeSet<String>> byName = new TreeMap<>();
    fields.forEach(f -> byName.computeIfAbsent(f.getKey(), k -> new TreeSet<>()).add(f.getValue()));
    if (byName.values().stream().allMatch(v -> v.size() == 1)) {
      Map<String, String> single = new TreeMap<>();
      byName.forEach((name, values) -> single.put(name, values.first()));
      return isValid(authToken, url, single, signature);
    }
    if (signature == null || signature.isBlank()) {
      return false;
    }
    StringBuilder signed = new StringBuilder();
    byName.forEach((name, values) -> values.forEach(v -> signed.append(name).append(v)));
    for (String candidate : urlVariants(url)) {
      if (MessageDigest.isEqual(
          hmacSha1(authToken, candidate + signed).getBytes(StandardCharsets.US_ASCII),
          signature.getBytes(StandardCharsets.US_ASCII))) {
        return true;
      }
    }
    return false;
  }

  /** A JSON-body request: the URL carries bodySHA256, checked by the SDK. */
  public static boolean isValidJson(
      String authToken, String url, String body, @Nullable String signature) {
    if (signature == null || signature.isBlank()) {
      return false;
    }
    try {
      return new RequestValidator(authToken).validate(url, body, signature);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The URL as given, with the scheme's default port added, and with any port removed. */
  private static List<String> urlVariants(String url) {
    List<String> variants = new ArrayList<>(List.of(url));
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      int port = "https".equals(scheme) ? 443 : 80;
      String auth = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@";
      String rest =
          (uri.getRawPath() == null ? "" : uri.getRawPath())
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      String base = uri.getScheme() + "://" + auth + uri.getHost();
      variants.add(base + ":" + port + rest);
      variants.add(base + rest);
    } catch (URISyntaxException | NullPointerException e) {
      // only the URL as given
    }
    return variants;
  }

  private static String hmacSha1(String key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is missing from the JDK", e);
    }
  }
}
