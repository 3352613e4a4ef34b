package se.hord.dialogue.dialogue;

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

/** Dialogues: the prompts and statements officials want young people's views on. */
@Controller("/api/dialogues")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.OFFICIAL})
public class DialogueController {
  private final DialogueService service;

  DialogueController(DialogueService service) {
    this.service = service;
  }

  /** Creates a dialogue in the caller's municipality. */
  @Post
  HttpResponse<DialogueView> create(@Body DialogueRequest request, Authentication auth) {
    DialogueView created = service.create(request, Caller.of(auth));
    return HttpResponse.created(created, URI.create("/api/dialogues/" + created.id()));
  }

  /** Lists the dialogues of the caller's municipalities (all for an admin). */
  @Get
  List<DialogueView> list(Authentication auth) {
    return service.list(Caller.of(auth));
  }

  /** One dialogue; 404 when it is another municipality's. */
  @Get("/{id}")
  DialogueView get(long id, Authentication auth) {
    return service.visible(id, Caller.of(auth));
  }
}
