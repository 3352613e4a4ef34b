package se.hord.survey.sms.outbound;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;

/**
 * The SDK's HTTP client, changed in two ways: each request is made once (the outbox owns retries
 * and their backoff; the SDK would silently repeat a 5xx three times, Apache HttpClient a 429),
 * and, when an API base is set (HORD_TWILIO_API_BASE), requests go to that address instead of
 * api.twilio.com.
 */
class TwilioHttpClient extends NetworkHttpClient {
  private final @Nullable String apiBase;

  TwilioHttpClient(@Nullable String apiBase) {
    // Apache HttpClient would itself repeat a POST answered 429 or 503: the outbox decides.
    super(
        HttpClientBuilder.create()
            .useSystemProperties()
            .disableAutomaticRetries()
            .setDefaultRequestConfig(DEFAULT_REQUEST_CONFIG)
            .setConnectionManager(connections()));
    this.apiBase = apiBase == null || apiBase.isBlank() ? null : stripSlash(apiBase.strip());
  }

  @Override
  public Response reliableRequest(Request request) {
    return makeRequest(request);
  }

  @Override
  public Response reliableRequest(
      Request request, int[] retryCodes, int retries, long delayMillis) {
    return makeRequest(request);
  }

  @Override
  public Response makeRequest(Request request) {
    return super.makeRequest(apiBase == null ? request : rebased(request));
  }

  private Request rebased(Request original) {
    URI uri = URI.create(original.getUrl());
    String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Request copy = new Request(original.getMethod(), apiBase + path);
    copyParams(original.getQueryParams(), copy::addQueryParam);
    copyParams(original.getPostParams(), copy::addPostParam);
    copyParams(original.getHeaderParams(), copy::addHeaderParam);
    if (original.getAuthStrategy() != null) {
      copy.setAuth(original.getAuthStrategy());
    } else if (original.getUsername() != null) {
      copy.setAuth(original.getUsername(), original.getPassword());
    }
    if (original.getContentType() != null) {
      copy.setContentType(original.getContentType());
    }
    if (original.getBody() != null) {
      copy.setBody(original.getBody());
    }
    copy.setUserAgentExtensions(original.getUserAgentExtensions());
    return copy;
  }

  private static void copyParams(Map<String, List<String>> params, BiConsumer<String, String> add) {
    params.forEach((name, values) -> values.forEach(v -> add.accept(name, v)));
  }

  private static PoolingHttpClientConnectionManager connections() {
    PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
    connections.setDefaultSocketConfig(DEFAULT_SOCKET_CONFIG);
    connections.setDefaultMaxPerRoute(10);
    connections.setMaxTotal(10);
    return connections;
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
