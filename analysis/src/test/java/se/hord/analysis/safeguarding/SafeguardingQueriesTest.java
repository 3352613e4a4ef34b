package se.hord.analysis.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Disclosures that must reach a safeguarding official, and look-alikes that must not. */
class SafeguardingQueriesTest {
  private static final SafeguardingQueries QUERIES = new SafeguardingQueries();

  @AfterAll
  static void close() throws Exception {
    QUERIES.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pappa slår mig när han är full | vald-hemma",
        "Mamma slog mig igår | vald-hemma",
        "jag är rädd för min pappa | vald-hemma",
        "my dad hits me | vald-hemma",
        "han tvingade mig | sexuella-overgrepp",
        "en vuxen tafsade på mig på bussen | sexuella-overgrepp",
        "he touched me and I said no | sexuella-overgrepp",
        "jag vill inte leva längre | sjalvskada",
        "jag vill inte leva langre | sjalvskada",
        "ibland vill jag ta livet av mig | sjalvskada",
        "jag har tänkt på självmord | sjalvskada",
        "jag skär mig när jag är ledsen | sjalvskada",
        "I want to kill myself | sjalvskada",
        "de hotar att döda mig | hot",
        "några killar hotade mig efter skolan | hot",
        "they threatened me online | hot",
      })
  void flagsDisclosures(String text, String category) {
    assertEquals(List.of(category), QUERIES.match(List.of(text)).get(0));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "jag dör av skratt",
        "matchen var mördande tråkig",
        "vi slog dem med 3-0",
        // A decision: the topic word alone is not a disclosure (it is found by searching);
        // only first-person phrasings flag.
        "självmord är ett viktigt ämne i svenskan",
        "läraren slår upp boken",
        "jag vill leva ett bra liv",
        "skolmaten är dödstråkig",
        "bussen hotar att bli försenad",
        "jag skär brödet",
        "vi pratade om våld i filmer",
        "the homework is killing us",
        "Skolan är bra"
      })
  void doesNotFlagLookAlikes(String text) {
    assertEquals(List.of(), QUERIES.match(List.of(text)).get(0));
  }

  @Test
  void matchesABatchInOrder() {
    assertEquals(
        List.of(List.of(), List.of("sjalvskada"), List.of("hot", "vald-hemma")),
        QUERIES.match(List.of("Skolan är bra", "jag vill dö", "pappa slår mig och hotar mig")));
  }
}
