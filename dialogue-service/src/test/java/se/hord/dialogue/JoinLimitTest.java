package se.hord.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** In its own application, since the limit is per client and every test client is localhost. */
@MicronautTest
class JoinLimitTest extends ApiTestSupport {

  @Test
  void twentyWrongCodesThenEvenTheRightCodeWaits() {
    String official = official("0380");
    Map<String, Object> event = createEvent(official, createDialogue(official, "0380").get("id"));
    for (int i = 0; i < 20; i++) {
      fails(404, () -> join("WRONG1"));
    }
    Map<String, Object> problem = fails(429, () -> join((String) event.get("joinCode")));
    assertEquals(429, problem.get("status"));
  }
}
