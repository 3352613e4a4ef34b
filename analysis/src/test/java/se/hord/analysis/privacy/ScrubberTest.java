package se.hord.analysis.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScrubberTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // personal identity numbers
        "mitt nummer är 080315-1234 ok | mitt nummer är [personnummer] ok",
        "080315+1234 | [personnummer]",
        "9912319876 | [personnummer]",
        // a compact number starting 07 or 08 reads as a phone number; scrubbed either way
        "0803151234 | [telefon]",
        "20080315-1234 | [personnummer]",
        "200803151234 | [personnummer]",
        "19991231-9876. | [personnummer].",
        "pnr: 991231 - 9876 | pnr: [personnummer]",
        "samordningsnr 080375-1234 | samordningsnr [personnummer]",
        // phone numbers
        "ring 070-123 45 67 | ring [telefon]",
        "ring 070 123 45 67! | ring [telefon]!",
        "0701234567 | [telefon]",
        "070-1234567 | [telefon]",
        "073-987 65 43 eller 076 555 44 33 | [telefon] eller [telefon]",
        "+46 70 123 45 67 | [telefon]",
        "+46701234567 | [telefon]",
        "+46 (0)70-123 45 67 | [telefon]",
        "0046 70 123 45 67 | [telefon]",
        "0046701234567 | [telefon]",
        "08-123 456 78 | [telefon]",
        "08-12 34 56 | [telefon]",
        "031-123 45 67 | [telefon]",
        "(sms:a 0720001122) | (sms:a [telefon])",
        // e-mail addresses
        "maila anna.svensson@example.se! | maila [e-post]!",
        "Kalle_99+skola@skolan.uppsala.se | [e-post]",
        "åsa@exempel.nu. | [e-post].",
        // street addresses
        "jag bor på Storgatan 12 | jag bor på [adress]",
        "Drottninggatan 5B, Uppsala | [adress], Uppsala",
        "Vasavägen 3 lgh 1101 | [adress]",
        "Vasavägen 3, lgh 1101. | [adress].",
        "kom till storgatan 12 i kväll | kom till [adress] i kväll",
        "Kungsgatan 10-12 | [adress]",
        "Björkstigen 7a | [adress]",
        "Lilla Torggatan 4 | Lilla [adress]",
        "Stortorget 1 nära Ågatan 33 | [adress] nära [adress]",
        // everything at once
        "Jag heter Sara, 080315-1234, sara@x.se, 070-123 45 67 | Jag heter Sara, [personnummer], [e-post], [telefon]"
      })
  void replacesWhatIdentifiesAPerson(String text, String scrubbed) {
    assertEquals(scrubbed, Scrubber.scrub(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Det var bättre 2026 än 2025",
        "Jag går i klass 9",
        "Det kostar 150 kr att åka buss",
        "Fritidsgården öppnar 15.30 och stänger 21.00",
        "Mellan 15:30-17:00 varje dag",
        "Jag är 14 år och min bror är 16",
        "Undersökningen 2025-2026 visade 1 200 svar",
        "Den 2026-03-15 var det inställt",
        "Jag har 3 syskon och 2 katter",
        "Skolan har 450 elever, 30 lärare",
        "Busskortet kostar 1 500 kr per termin",
        "Linje 801 går var 20:e minut",
        "Vi vann med 3-0",
        "Betyg: A, B och C, 12,5 poäng",
        "@kompisen skrev något",
        "Ring BRIS på 116 111",
        "Matchen slutade 20260315 enligt id 12345",
        "Hela vägen 3 km till skolan",
        "Gatan 5 är mörk",
        "Det tar 10 min från Skolvägen",
        "Skolvägen 10 minuter bort",
        "Från Stortorget 3 gånger i timmen",
        "Storgatan är 200 meter lång",
        "Vi spelar på gatan 2 dagar i veckan",
        "Drottninggatan har 5 caféer",
        "Idrottshallen 2 är stängd",
        "Ingången 2 är låst"
      })
  void leavesNumbersThatIdentifyNobody(String text) {
    assertEquals(text, Scrubber.scrub(text));
  }
}
