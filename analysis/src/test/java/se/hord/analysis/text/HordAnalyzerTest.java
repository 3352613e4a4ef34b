package se.hord.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HordAnalyzerTest {
  private final Analyzer analyzer = new HordAnalyzer();

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource({
    "skola, skolan skolor skolans skolorna skolornas Skolan SKOLOR",
    "kompis, kompisar kompisarna kompisen kompisens",
    "buss, bussen bussar bussarna bussens",
    "trygg, tryggt trygga tryggare",
    "fritidsgård, fritidsgården fritidsgårdar fritidsgårdarna fritidsgårdens",
    "flicka, flickan flickans flickor flickorna",
    "hus, huset husets husen",
    "samhälle, samhället samhällets",
    "park, parken parker parkerna",
    "lärare, läraren lärarna lärarens",
    "polis, polisen poliser poliserna",
    "fotbollsplan, fotbollsplanen fotbollsplaner",
    "internet, internets"
  })
  void inflectionsShareOneTerm(String word, String inflections) throws IOException {
    String expected = single(word);
    for (String inflection : inflections.split(" ")) {
      assertEquals(expected, single(inflection), inflection + " should match " + word);
    }
  }

  @ParameterizedTest(name = "{0} differs from {1}")
  @CsvSource({
    "skol, skoj",
    "skola, skoj",
    "mat, matte",
    "buss, bus",
    "trygg, otrygg",
    "kompis, kompass",
    "skolan, skojar",
    "kan, kanal",
    "man, mamma",
    "polis, politik"
  })
  void differentWordsStayApart(String one, String other) throws IOException {
    assertNotEquals(single(one), single(other));
  }

  @Test
  void keepsNegationsAndShortWords() throws IOException {
    assertEquals(
        List.of("jag", "känn", "mig", "int", "trygg", "på", "buss"),
        terms("Jag känner mig inte trygg på bussen"));
  }

  @Test
  void splitsOnPunctuationAndKeepsSwedishLetters() throws IOException {
    assertEquals(
        List.of("fritidsgård", "är", "bäst", "öpp"), terms("Fritidsgården är BÄST!! (öppet)"));
  }

  @Test
  void theStockSwedishAnalyzerDoesNotMakeSkolaFindSkolan() throws IOException {
    try (Analyzer stock = new SwedishAnalyzer()) {
      assertNotEquals(terms(stock, "skola"), terms(stock, "skolan"));
    }
  }

  private String single(String word) throws IOException {
    List<String> terms = terms(word);
    assertEquals(1, terms.size(), word);
    return terms.get(0);
  }

  private List<String> terms(String text) throws IOException {
    return terms(analyzer, text);
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
