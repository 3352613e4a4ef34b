package se.hord.analysis.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import se.hord.platform.security.Caller;
import se.hord.platform.security.Roles;

/** The barnbokslut of a municipality and year, for its officials and admins. */
@Controller("/api/reports/barnbokslut")
@Secured({Roles.OFFICIAL, Roles.ADMIN})
public class BarnbokslutController {
  private final BarnbokslutService service;

  public BarnbokslutController(BarnbokslutService service) {
    this.service = service;
  }

  /** {@code ?municipality=0380&year=2026}. */
  @Get
  @ExecuteOn(TaskExecutors.BLOCKING)
  public Barnbokslut report(
      @Nullable @QueryValue String municipality,
      @Nullable @QueryValue String year,
      Authentication authentication) {
    return service.report(municipality, year, Caller.of(authentication));
  }
}
