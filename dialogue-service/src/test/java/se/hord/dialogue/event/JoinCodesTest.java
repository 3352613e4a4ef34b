package se.hord.dialogue.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

  @Test
  void typedCodeIgnoresCaseSpacesAndDashes() {
    assertEquals("K7QX4M", JoinCodes.normalize(" k7q-x4m "));
    assertEquals("K7QX4M", JoinCodes.normalize("K 7 Q X 4 M"));
  }

  @Test
  void typedCodeWithLookAlikesOrWrongLengthIsNoCode() {
    assertNull(JoinCodes.normalize("K7QX40"));
    assertNull(JoinCodes.normalize("K7QX4"));
    assertNull(JoinCodes.normalize(null));
  }

  @Test
  void randomCodesUseTheAlphabetAndDiffer() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = JoinCodes.random();
      assertEquals(code, JoinCodes.normalize(code));
      codes.add(code);
    }
    assertTrue(codes.size() > 990);
  }
}
