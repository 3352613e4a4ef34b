package se.hord.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hand-made relevance rule for recall. For each lemma: its inflected forms, and whether a word
 * ending in one of them after at least three other letters counts as a compound with that lemma as
 * its head ({@code invandringspolitiken} for {@code politik}; not for {@code land}, where {@code
 * England} would count). A text is relevant for the lemma's "inflection" set when one of its words
 * is an inflected form, and for its "compound" set when it has no such word but a compound.
 */
record Lemmas(String lemma, List<String> forms, boolean compoundHead) {
  private static final Pattern NON_LETTERS = Pattern.compile("\\P{L}+");
  private static final Locale SV = Locale.forLanguageTag("sv");

  static final List<Lemmas> TABLE =
      List.of(
          new Lemmas("politik", List.of("politik", "politiken", "politikens"), true),
          new Lemmas(
              "skola",
              List.of("skola", "skolan", "skolans", "skolor", "skolorna", "skolornas"),
              true),
          new Lemmas(
              "samhälle",
              List.of("samhälle", "samhället", "samhällets", "samhällen", "samhällena"),
              true),
          new Lemmas(
              "invandrare",
              List.of("invandrare", "invandraren", "invandrarens", "invandrarna", "invandrarnas"),
              true),
          new Lemmas(
              "land",
              List.of("land", "landet", "landets", "länder", "länderna", "ländernas"),
              false),
          new Lemmas(
              "kultur", List.of("kultur", "kulturen", "kulturens", "kulturer", "kulturerna"), true),
          new Lemmas("språk", List.of("språk", "språket", "språkets", "språken"), true),
          new Lemmas("arbete", List.of("arbete", "arbetet", "arbetets", "arbeten"), true),
          new Lemmas("lön", List.of("lön", "lönen", "löner", "lönerna"), true),
          new Lemmas("brott", List.of("brott", "brottet", "brotten", "brottens"), true));

  /** The queries of the latency mix: plain words, inflected forms, compounds, two-word ANDs. */
  static final List<String> QUERY_MIX =
      List.of(
          "invandring",
          "sverige",
          "politik",
          "skola",
          "samhälle",
          "kultur",
          "språk",
          "arbete",
          "invandrarna",
          "samhället",
          "skolan",
          "arbetet",
          "kulturen",
          "länder",
          "politiken",
          "flyktingarna",
          "invandringspolitik",
          "arbetsmarknaden",
          "arbetslösheten",
          "mångkultur",
          "välfärdssamhället",
          "svenska språket",
          "skola integration",
          "brott invandrare",
          "lön arbete");

  boolean inflected(String text) {
    for (String word : words(text)) {
      if (forms.contains(word)) {
        return true;
      }
    }
    return false;
  }

  boolean compound(String text) {
    if (!compoundHead || inflected(text)) {
      return false;
    }
    for (String word : words(text)) {
      for (String form : forms) {
        if (word.length() >= form.length() + 3 && word.endsWith(form)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> words(String text) {
    return new HashSet<>(List.of(NON_LETTERS.split(text.toLowerCase(SV))));
  }
}
