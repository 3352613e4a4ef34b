package se.hord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Answer-sized Swedish texts from Språkbanken's absabank-imm paragraphs (CC BY 4.0): each paragraph
 * is cut into sentences of 5–40 words, and answer {@code i} is one to three of those sentences
 * picked with a seed derived from {@code i}, so any answer can be made again on demand and a
 * million answers need no memory.
 */
final class Corpus {
  static final String FILE = "sv_absabank_imm_paragraphs.tsv";
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
  private static final Pattern WORDS = Pattern.compile("\\s+");
  private static final long SEED = 20261122L;

  private final List<String> pieces;

  private Corpus(List<String> pieces) {
    this.pieces = pieces;
  }

  /** Reads the TSV ({@code id, split, label_mean_1to5, text}) and cuts it into pieces. */
  static Corpus load(Path tsv) throws IOException {
    List<String> pieces = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] columns = line.split("\t", 4);
      if (columns.length < 4) {
        continue;
      }
      for (String sentence : SENTENCE_END.split(unquote(columns[3]))) {
        String s = sentence.strip();
        int words = WORDS.split(s).length;
        if (words >= 5 && words <= 40) {
          pieces.add(s);
        }
      }
    }
    if (pieces.isEmpty()) {
      throw new IllegalStateException("no answer-sized sentences in " + tsv);
    }
    return new Corpus(pieces);
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1).replace("\"\"", "\"");
    }
    return text;
  }

  int pieceCount() {
    return pieces.size();
  }

  /** The i-th answer text: one sentence (70 %), two (25 %) or three (5 %). */
  String answer(long i) {
    SplittableRandom random = new SplittableRandom(SEED ^ (i * 0x9E3779B97F4A7C15L));
    double roll = random.nextDouble();
    int count = roll < 0.70 ? 1 : roll < 0.95 ? 2 : 3;
    StringBuilder text = new StringBuilder(pieces.get(random.nextInt(pieces.size())));
    for (int k = 1; k < count; k++) {
      text.append(' ').append(pieces.get(random.nextInt(pieces.size())));
    }
    return text.toString();
  }

  /** The i-th distinct sentence as it is (for the recall set, where texts must be unique). */
  String piece(int i) {
    return pieces.get(i);
  }
}
