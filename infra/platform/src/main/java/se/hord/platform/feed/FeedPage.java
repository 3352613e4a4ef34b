package se.hord.platform.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of a feed. {@code next} is the cursor to ask with next time; it equals the cursor asked
 * with when nothing new has committed.
 */
@Serdeable
public record FeedPage(
    @JsonInclude(JsonInclude.Include.ALWAYS) List<FeedItem> items, String next) {}
