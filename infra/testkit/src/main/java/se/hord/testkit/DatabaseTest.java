package se.hord.testkit;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Mixed into a {@code @MicronautTest} class: the application under test gets the test MariaDB, in
 * the database named by {@link #database()}. Needs {@code @TestInstance(PER_CLASS)}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public interface DatabaseTest extends TestPropertyProvider {
  /** The database for this module's tests, e.g. {@code hord_test_survey}. */
  String database();

  @Override
  default Map<String, String> getProperties() {
    return TestDatabase.datasourceProperties(database());
  }
}
