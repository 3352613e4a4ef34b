package se.hord.analysis.safeguarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import se.hord.platform.security.Roles;

/**
 * The safeguarding queue: for officials designated by the token claim {@code safeguarding: true},
 * their municipalities' flags; for an admin, all.
 */
@Controller("/api/safeguarding")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
public class SafeguardingController {
  private final SafeguardingService service;

  public SafeguardingController(SafeguardingService service) {
    this.service = service;
  }

  /** Flagged answers of the caller's municipalities, newest first. */
  @Get
  public List<Flag> list(Authentication authentication) {
    return service.list(Designated.require(authentication));
  }

  /** Marks a flag {@code seen} or {@code acted}. */
  @Post("/{id}/status")
  public Flag status(long id, @Body StatusChange change, Authentication authentication) {
    return service.changeStatus(id, change.status(), Designated.require(authentication));
  }

  /** The new status of a flag. */
  @Serdeable
  public record StatusChange(@Nullable String status) {}
}
