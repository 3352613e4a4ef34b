package se.hord.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Splits Swedish compounds into the known words they are made of ({@code skolmaten} → {@code skol}
 * + {@code maten}, {@code fritidsgårdarna} → {@code fritid} + {@code gårdarna}), using Hörd's own
 * word list {@code compound-parts.txt}. A split needs a known head (the word, the word without its
 * final {@code -a}/{@code -e} as in {@code skol-}, {@code pojk-}, or either with the linking {@code
 * -s}) and a tail that is an inflected known word or itself such a compound. The longest head that
 * works wins. Thread-safe: one instance per analyzer, {@link Splitter}s per token stream.
 */
public final class CompoundParts {
  /** Shortest head or tail that counts as a word: shorter ones split too much ({@code is}). */
  static final int MIN_PART = 3;

  private static final int MAX_DEPTH = 3;
  private static final CompoundParts DEFAULT = load("compound-parts.txt");

  private final Set<String> heads = new HashSet<>();
  private final Set<String> stems = new HashSet<>();

  CompoundParts(List<String> words) {
    Splitter stemmer = new Splitter(this);
    for (String word : words) {
      heads.add(word);
      if (word.length() > MIN_PART && (word.endsWith("a") || word.endsWith("e"))) {
        heads.add(word.substring(0, word.length() - 1));
      }
      stems.add(stemmer.stem(word));
    }
  }

  /** The word list shipped with Hörd. */
  public static CompoundParts standard() {
    return DEFAULT;
  }

  /** A splitter for one thread (it holds a stemmer). */
  public Splitter splitter() {
    return new Splitter(this);
  }

  private static CompoundParts load(String resource) {
    try (InputStream in = CompoundParts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> words = new ArrayList<>();
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(l -> l.strip().toLowerCase(Locale.ROOT))
          .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.length() >= MIN_PART)
          .forEach(words::add);
      return new CompoundParts(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits words of one token stream; not thread-safe. */
  public static final class Splitter {
    private final CompoundParts parts;
    private final SwedishStemmer stemmer = new SwedishStemmer();

    private Splitter(CompoundParts parts) {
      this.parts = parts;
    }

    /**
     * The parts of a lower-case word, head first, or an empty list when it is not a compound of
     * known words. A head is returned without its linking {@code -s}.
     */
    public List<String> split(String word) {
      List<String> found = new ArrayList<>(3);
      return split(word, 0, found) ? found : List.of();
    }

    private boolean split(String word, int depth, List<String> found) {
      if (depth >= MAX_DEPTH || word.length() < 2 * MIN_PART) {
        return false;
      }
      for (int end = word.length() - MIN_PART; end >= MIN_PART; end--) {
        String head = head(word.substring(0, end));
        if (head == null) {
          continue;
        }
        String tail = word.substring(end);
        int size = found.size();
        found.add(head);
        if (parts.stems.contains(stem(tail))) {
          found.add(tail);
          return true;
        }
        if (split(tail, depth + 1, found)) {
          return true;
        }
        found.subList(size, found.size()).clear();
      }
      return false;
    }

    /** The known head this prefix stands for, or null: {@code skol}, {@code fritids → fritid}. */
    private String head(String prefix) {
      if (parts.heads.contains(prefix)) {
        return prefix;
      }
      if (prefix.length() > MIN_PART && prefix.endsWith("s")) {
        String bare = prefix.substring(0, prefix.length() - 1);
        return parts.heads.contains(bare) ? bare : null;
      }
      return null;
    }

    /** The stem Hörd's chain gives a word (definite form, then Snowball). */
    String stem(String word) {
      stemmer.setCurrent(word.substring(0, SwedishDefiniteFormFilter.stemLength(word)));
      stemmer.stem();
      return stemmer.getCurrent();
    }
  }
}
