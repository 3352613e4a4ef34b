package se.hord.survey.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.hord.survey.ServiceTest;

/** Two replicas (two allocators on one database) never hand out the same response id. */
@MicronautTest
class ResponseIdsTest extends ServiceTest {
  @Inject TransactionOperations<Connection> transactions;
  @Inject ResponseIds running;

  @Test
  void twoAllocatorsOnOneDatabaseNeverShareAnId() {
    ResponseIds other = new ResponseIds(transactions);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 2_500; i++) {
      assertTrue(seen.add(running.next()), "the running service's id was handed out twice");
      assertTrue(seen.add(other.next()), "the second replica's id was handed out twice");
    }
    assertEquals(5_000, seen.size());
  }

  @Test
  void anAnswerStoredAfterAnotherReplicaReservedIdsGetsAFreshId() {
    long survey = api().publishedSurvey();
    new ResponseIds(transactions).next();
    Set<Object> ids = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      ids.add(
          api()
              .answer(
                  survey,
                  "ids-" + System.nanoTime() + i,
                  "{\"answers\":{\"alder\":\"16-19\",\"trygg\":5}}")
              .json()
              .get("id"));
    }
    assertEquals(3, ids.size());
  }
}
