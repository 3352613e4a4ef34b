package se.hord.dialogue.event;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URI;
import java.util.List;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** Pop-up events: where and when ambassadors meet young people for a dialogue. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class EventController {
  private final EventService service;
  private final EventAccess access;

  EventController(EventService service, EventAccess access) {
    this.service = service;
    this.access = access;
  }

  /** Plans an event of a dialogue; the answer carries its join code. */
  @Post("/dialogues/{id}/events")
  @Secured({Roles.ADMIN, Roles.OFFICIAL})
  HttpResponse<EventView> create(long id, @Body EventRequest request, Authentication auth) {
    EventView created = service.create(id, request, Caller.of(auth));
    return HttpResponse.created(created, URI.create("/api/events/" + created.id()));
  }

  /** Lists a dialogue's events, earliest first. */
  @Get("/dialogues/{id}/events")
  @Secured({Roles.ADMIN, Roles.OFFICIAL})
  List<EventView> list(long id, Authentication auth) {
    return service.list(id, Caller.of(auth));
  }

  /** One event with its dialogue's prompts: for the event's ambassadors and officials. */
  @Get("/events/{eventId}")
  @Secured({Roles.ADMIN, Roles.OFFICIAL, Roles.AMBASSADOR})
  EventDetails get(long eventId, Authentication auth) {
    return access.require(eventId, Caller.of(auth));
  }
}
