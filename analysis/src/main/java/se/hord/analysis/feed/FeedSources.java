package se.hord.analysis.feed;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import se.hord.platform.security.ServiceTokens;

/** The feeds analysis reads: survey-service's and dialogue-service's. */
@Factory
public class FeedSources {
  /** survey-service's feed (web forms and SMS). */
  @Singleton
  @Named("survey")
  FeedSource survey(
      @Property(name = "hord.feeds.survey.url") String url,
      HttpClient client,
      ServiceTokens tokens) {
    return new HttpFeedSource("survey", URI.create(url), client, tokens);
  }

  /** dialogue-service's feed (dialogues and pop-up events). */
  @Singleton
  @Named("dialogue")
  FeedSource dialogue(
      @Property(name = "hord.feeds.dialogue.url") String url,
      HttpClient client,
      ServiceTokens tokens) {
    return new HttpFeedSource("dialogue", URI.create(url), client, tokens);
  }
}
