package se.hord.dialogue.event;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.hord.dialogue.dialogue.DialogueService;
import se.hord.platform.security.Caller;
import se.hord.platform.web.ProblemException;

/**
 * Decides who may work with an event's contributions: the ambassadors who joined that event, and
 * the officials of its municipality (or an admin).
 */
@Singleton
public class EventAccess {
  private final PopupEventRepository events;
  private final DialogueService dialogues;

  EventAccess(PopupEventRepository events, DialogueService dialogues) {
    this.events = events;
    this.dialogues = dialogues;
  }

  /** The event with its dialogue, when the caller may work with it; else 403 or 404. */
  @Transactional(readOnly = true)
  public EventDetails require(long eventId, Caller caller) {
    boolean ambassadorHere = String.valueOf(eventId).equals(caller.eventId());
    if (caller.eventId() != null && !ambassadorHere) {
      // An event-scoped token is good for its own event only; say so without looking further.
      throw forbidden();
    }
    PopupEvent event = events.findById(eventId).orElseThrow(EventAccess::notFound);
    var dialogue = dialogues.find(event.dialogueId()).orElseThrow(EventAccess::notFound);
    if (!ambassadorHere && !caller.worksFor(dialogue.municipality())) {
      throw forbidden();
    }
    return new EventDetails(EventView.of(event), dialogue);
  }

  static ProblemException notFound() {
    return ProblemException.notFound("Det finns inget sådant event. (There is no such event.)");
  }

  private static ProblemException forbidden() {
    return ProblemException.forbidden(
        "Du har inte tillgång till det här eventet. Gå med i det med dess kod."
            + " (You have no access to this event. Join it with its code.)");
  }
}
