package se.hord.dialogue.web;

import se.hord.dialogue.event.EventView;

/** An event as the officials' pages show it: local times, join code, pop-up address. */
public record EventRow(
    long id,
    String name,
    String place,
    String startsAt,
    String endsAt,
    String joinCode,
    String popupUrl) {

  static EventRow of(EventView event, PageSession session) {
    return new EventRow(
        event.id(),
        event.name(),
        event.place(),
        Pages.local(event.startsAt()),
        Pages.local(event.endsAt()),
        event.joinCode(),
        session.popupUrl(event.id()));
  }
}
