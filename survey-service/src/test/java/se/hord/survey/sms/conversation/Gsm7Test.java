package se.hord.survey.sms.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GSM-7 checks and SMS segment counting. */
class Gsm7Test {
  @Test
  void swedishLettersAreGsm7AndKeepOneSegment() {
    String text = "Åker du buss till skolan? Ärligt, önskar du något? é";
    assertTrue(Gsm7.fits(text));
    assertEquals(1, Gsm7.segments(text));
  }

  @Test
  void oneHundredSixtyGsm7CharactersAreOneSegmentAndOneMoreMakesTwo() {
    assertEquals(1, Gsm7.segments("a".repeat(160)));
    assertEquals(2, Gsm7.segments("a".repeat(161)));
    assertEquals(2, Gsm7.segments("a".repeat(306)));
    assertEquals(3, Gsm7.segments("a".repeat(307)));
  }

  @Test
  void extensionCharactersCountTwice() {
    assertEquals(160, Gsm7.septets("€".repeat(80)));
    assertEquals(1, Gsm7.segments("€".repeat(80)));
    assertEquals(2, Gsm7.segments("€".repeat(80) + "a"));
  }

  @Test
  void oneCharacterOutsideGsm7MakesTheMessageUcs2With70ASegment() {
    assertFalse(Gsm7.fits("13–15 år"));
    assertEquals(1, Gsm7.segments("😀" + "a".repeat(68)));
    assertEquals(2, Gsm7.segments("😀" + "a".repeat(69)));
    assertEquals(3, Gsm7.segments("ł".repeat(135)));
  }

  @Test
  void typographicLookAlikesAreReplacedSoTheyDoNotForceUcs2() {
    String plain = Gsm7.plain("13–15 år … “bra” ’ok’");
    assertEquals("13-15 år ... \"bra\" 'ok'", plain);
    assertTrue(Gsm7.fits(plain));
  }

  @Test
  void encodingIsGsm7UnlessOneCharacterIsOutsideIt() {
    assertEquals(Gsm7.GSM_7, Gsm7.encoding("Tack! Kommunen bygger en ny skatepark. {€}"));
    assertEquals(Gsm7.UCS_2, Gsm7.encoding("Tack! 🎉"));
    assertEquals(Gsm7.UCS_2, Gsm7.encoding("Łódź"));
  }

  @Test
  void anEmptyTextIsOneSegment() {
    assertEquals(1, Gsm7.segments(""));
    assertEquals(Gsm7.GSM_7, Gsm7.encoding(""));
  }

  @Test
  void longerUcs2TextsAre67ASegment() {
    assertEquals(1, Gsm7.segments("ł".repeat(70)));
    assertEquals(2, Gsm7.segments("ł".repeat(71)));
    assertEquals(2, Gsm7.segments("ł".repeat(134)));
  }
}
