package se.hord.analysis.feed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.uri.UriBuilder;
import java.net.URI;
import se.hord.platform.feed.FeedPage;
import se.hord.platform.security.ServiceTokens;

/**
 * A service's feed over HTTP: {@code GET {url}/api/feed?after=..&limit=..} with a service token.
 */
public final class HttpFeedSource implements FeedSource {
  private final String name;
  private final URI baseUrl;
  private final HttpClient client;
  private final ServiceTokens tokens;

  public HttpFeedSource(String name, URI baseUrl, HttpClient client, ServiceTokens tokens) {
    this.name = name;
    this.baseUrl = baseUrl;
    this.client = client;
    this.tokens = tokens;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public FeedPage fetch(String after, int limit) {
    URI uri =
        UriBuilder.of(baseUrl)
            .path("/api/feed")
            .queryParam("after", after)
            .queryParam("limit", limit)
            .build();
    HttpRequest<?> request = HttpRequest.GET(uri).bearerAuth(tokens.token("analysis"));
    return client.toBlocking().retrieve(request, FeedPage.class);
  }

  @Override
  public String toString() {
    return name + " feed at " + baseUrl;
  }
}
