package se.hord.dialogue.contribution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import se.hord.dialogue.common.Fingerprints;
import se.hord.dialogue.common.KeyedText;
import se.hord.dialogue.common.Today;
import se.hord.dialogue.common.Violations;
import se.hord.dialogue.dialogue.DialogueView;
import se.hord.dialogue.event.EventAccess;
import se.hord.dialogue.event.EventDetails;
import se.hord.platform.feed.Feed;
import se.hord.platform.feed.FeedItem;
import se.hord.platform.idempotency.Idempotency;
import se.hord.platform.security.Caller;

/** Stores what ambassadors capture, exactly once per Idempotency-Key, and feeds it to analysis. */
@Singleton
public class ContributionService {
  static final int MAX_TEXT = 2000;
  static final int MAX_BACKGROUND = 40;
  static final int MAX_AREA = 100;

  private final ContributionRepository contributions;
  private final EventAccess access;
  private final Idempotency idempotency;
  private final Feed feed;
  private final Fingerprints fingerprints;
  private final Today today;

  ContributionService(
      ContributionRepository contributions,
      EventAccess access,
      Idempotency idempotency,
      Feed feed,
      Fingerprints fingerprints,
      Today today) {
    this.contributions = contributions;
    this.access = access;
    this.idempotency = idempotency;
    this.feed = feed;
    this.fingerprints = fingerprints;
    this.today = today;
  }

  /** Stores one contribution, or answers as the first time when the key was seen before. */
  @Transactional
  public Idempotency.Outcome<ContributionReceipt> store(
      long eventId, @Nullable String key, ContributionRequest request, Caller caller) {
    Idempotency.checkKey(key);
    EventDetails scope = access.require(eventId, caller);
    Contribution checked = check(eventId, request, scope.dialogue());
    return idempotency.once(
        "contribution:" + eventId,
        key,
        fingerprints.of(request),
        ContributionReceipt.class,
        () -> write(checked, scope.dialogue()));
  }

  /** The contributions of an event, oldest first, for those who may see them. */
  @Transactional(readOnly = true)
  public List<ContributionView> list(long eventId, Caller caller) {
    access.require(eventId, caller);
    return contributions.findByEventIdOrderById(eventId).stream()
        .map(ContributionView::of)
        .toList();
  }

  private Contribution check(long eventId, ContributionRequest request, DialogueView dialogue) {
    Violations violations = new Violations();
    String prompt = violations.text("prompt", request.prompt(), Integer.MAX_VALUE, true);
    if (prompt != null && dialogue.prompt(prompt).isEmpty()) {
      String known =
          dialogue.prompts().stream().map(KeyedText::key).collect(Collectors.joining(", "));
      violations.add(
          "prompt",
          "Dialogen har ingen sådan fråga. Välj en av: "
              + known
              + ". (The dialogue has no such prompt. Pick one of: "
              + known
              + ".)");
    }
    String text = violations.text("text", request.text(), MAX_TEXT, true);
    String ageBand = violations.text("ageBand", request.ageBand(), MAX_BACKGROUND, false);
    String gender = violations.text("gender", request.gender(), MAX_BACKGROUND, false);
    String area = violations.text("area", request.area(), MAX_AREA, false);
    violations.throwIfAny();
    return new Contribution(
        null,
        eventId,
        prompt,
        text,
        ageBand,
        gender,
        area,
        Boolean.TRUE.equals(request.consent()),
        today.date());
  }

  private ContributionReceipt write(Contribution contribution, DialogueView dialogue) {
    Contribution saved = contributions.save(contribution);
    if (saved.consent()) {
      feed.append(List.of(feedItem(saved, dialogue)));
    }
    return new ContributionReceipt(saved.id(), saved.eventId(), ContributionReceipt.STORED);
  }

  /** Only contributions with consent reach the feed: without it nothing leaves the service. */
  private static FeedItem feedItem(Contribution saved, DialogueView dialogue) {
    KeyedText prompt = dialogue.prompt(saved.promptKey()).orElseThrow();
    return new FeedItem(
        "dialogue:contrib-" + saved.id(),
        "popup",
        dialogue.municipality(),
        String.valueOf(dialogue.id()),
        dialogue.title(),
        prompt.key(),
        prompt.text(),
        saved.text(),
        "sv",
        saved.ageBand(),
        saved.gender(),
        saved.area(),
        "popup",
        saved.createdOn().atStartOfDay(ZoneOffset.UTC).toInstant(),
        null);
  }
}
