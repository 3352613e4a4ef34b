package se.hord.analysis.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import se.hord.platform.feed.FeedItem;

/**
 * Answers made on demand from real Swedish text, the way the bench harness ({@code infra/bench}
 * {@code Corpus}, {@code Background}) makes them: the absabank-imm paragraphs cut into sentences of
 * 5–40 words, answer {@code i} one to three of them, four answers per response, background values
 * drawn with a seed from {@code i}, spread over a year.
 */
final class SyntheticAnswers {
  static final Path CORPUS = Path.of("/work/shared/data/sv_absabank_imm_paragraphs.tsv");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final List<String> MUNICIPALITIES =
      List.of("0180", "1480", "1280", "0380", "0580", "1880");
  private static final double[] MUNICIPALITY_SHARES = {0.35, 0.22, 0.15, 0.10, 0.10, 0.08};
  private static final List<String> AGES = List.of("13-15", "16-19", "20-25");
  private static final double[] AGE_SHARES = {0.42, 0.45, 0.13};
  private static final List<String> GENDERS = List.of("tjej", "kille", "annat", "vill-inte-svara");
  private static final double[] GENDER_SHARES = {0.48, 0.46, 0.03, 0.03};
  private static final List<String> AREAS = List.of("Centrum", "Norr", "Söder", "Öster", "Väster");
  private static final double[] AREA_SHARES = {0.30, 0.20, 0.20, 0.15, 0.15};
  private static final long START = Instant.parse("2025-09-01T08:00:00Z").toEpochMilli();
  private static final long YEAR = 365L * 24 * 3600 * 1000;

  private final List<String> sentences;

  private SyntheticAnswers(List<String> sentences) {
    this.sentences = sentences;
  }

  static SyntheticAnswers load() throws IOException {
    List<String> sentences = new ArrayList<>();
    List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split("\t", 4);
      if (columns.length < 4) {
        continue;
      }
      String text = columns[3];
      if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
        text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
      }
      for (String sentence : SENTENCE_END.split(text)) {
        int words = WORDS.split(sentence.strip()).length;
        if (words >= 5 && words <= 40) {
          sentences.add(sentence.strip());
        }
      }
    }
    return new SyntheticAnswers(sentences);
  }

  /** Answer {@code i}: the same every time. */
  FeedItem answer(long i) {
    SplittableRandom random = new SplittableRandom(20261122L ^ (i * 0x9E3779B97F4A7C15L));
    double roll = random.nextDouble();
    int count = roll < 0.70 ? 1 : roll < 0.95 ? 2 : 3;
    StringBuilder text = new StringBuilder(sentences.get(random.nextInt(sentences.size())));
    for (int k = 1; k < count; k++) {
      text.append(' ').append(sentences.get(random.nextInt(sentences.size())));
    }
    SplittableRandom person = new SplittableRandom(7L ^ ((i / 4) * 0x9E3779B97F4A7C15L));
    String municipality = pick(MUNICIPALITIES, MUNICIPALITY_SHARES, person);
    return new FeedItem(
        "survey-" + municipality + ":resp-" + (i / 4) + ":q" + (i % 4),
        "survey",
        municipality,
        "survey-" + municipality,
        "Ungas röster",
        "q" + (i % 4),
        "Vad tycker du?",
        text.toString(),
        "sv",
        pick(AGES, AGE_SHARES, person),
        pick(GENDERS, GENDER_SHARES, person),
        pick(AREAS, AREA_SHARES, person),
        "web",
        Instant.ofEpochMilli(START + (long) (person.nextDouble() * YEAR)),
        null);
  }

  private static String pick(List<String> values, double[] shares, SplittableRandom random) {
    double roll = random.nextDouble();
    for (int k = 0; k < shares.length; k++) {
      roll -= shares[k];
      if (roll < 0) {
        return values.get(k);
      }
    }
    return values.get(values.size() - 1);
  }
}
