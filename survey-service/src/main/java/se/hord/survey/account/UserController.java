package se.hord.survey.account;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.util.List;
import se.hord.platform.security.Roles;

/** Account management for admins. */
@Controller("/api/users")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserController {
  private final UserService users;

  public UserController(UserService users) {
    this.users = users;
  }

  /** Creates an official, ambassador or admin. */
  @Post
  public HttpResponse<UserView> create(@Body NewUser request) {
    UserView created = users.create(request);
    return HttpResponse.created(created, URI.create("/api/users/" + created.id()));
  }

  /** Lists every account. */
  @Get
  public List<UserView> list() {
    return users.list();
  }
}
