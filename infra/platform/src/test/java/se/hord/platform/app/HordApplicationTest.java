package se.hord.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HordApplicationTest {
  @Test
  void refusesToStartWithoutAJwtSecret() {
    assertEquals(List.of("HORD_JWT_SECRET"), HordApplication.missingSecrets(Map.of()));
  }

  @Test
  void refusesASecretShorterThan32Characters() {
    assertEquals(
        List.of("HORD_JWT_SECRET"),
        HordApplication.missingSecrets(Map.of("HORD_JWT_SECRET", "too-short")));
  }

  @Test
  void namesEveryMissingServiceSecret() {
    assertEquals(
        List.of("HORD_SMS_HASH_KEY"),
        HordApplication.missingSecrets(
            Map.of("HORD_JWT_SECRET", "x".repeat(32)), "HORD_SMS_HASH_KEY"));
  }

  @Test
  void startsWithALongEnoughSecret() {
    assertEquals(
        List.of(), HordApplication.missingSecrets(Map.of("HORD_JWT_SECRET", "x".repeat(32))));
  }
}
