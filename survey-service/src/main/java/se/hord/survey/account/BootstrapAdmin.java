package se.hord.survey.account;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hord.platform.security.Roles;
import se.hord.platform.web.ProblemException;

/** Creates the first admin when the service starts with no accounts at all. */
@Singleton
public class BootstrapAdmin implements ApplicationEventListener<StartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);
  private final BootstrapConfig config;
  private final UserService users;

  public BootstrapAdmin(BootstrapConfig config, UserService users) {
    this.config = config;
    this.users = users;
  }

  @Override
  public void onApplicationEvent(StartupEvent event) {
    if (!users.none()) {
      return;
    }
    if (isBlank(config.adminUser()) || isBlank(config.adminPassword())) {
      LOG.warn(
          "Det finns inga konton. Sätt HORD_BOOTSTRAP_ADMIN_USER och"
              + " HORD_BOOTSTRAP_ADMIN_PASSWORD (minst {} tecken) och starta om, så skapas en"
              + " administratör. (There are no accounts. Set HORD_BOOTSTRAP_ADMIN_USER and"
              + " HORD_BOOTSTRAP_ADMIN_PASSWORD (at least {} characters) and restart to create an"
              + " admin.)",
          UserService.MIN_PASSWORD,
          UserService.MIN_PASSWORD);
      return;
    }
    try {
      users.create(
          new NewUser(
              config.adminUser(),
              config.adminPassword(),
              List.of(Roles.ADMIN),
              List.of(),
              false,
              null));
      LOG.info("Created the first admin account from HORD_BOOTSTRAP_ADMIN_USER.");
    } catch (ProblemException e) {
      LOG.error(
          "Could not create the first admin from HORD_BOOTSTRAP_ADMIN_USER/PASSWORD: {} {}",
          e.getMessage(),
          e.violations());
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
