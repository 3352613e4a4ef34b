package se.hord.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Who answered: age band, gender, district and municipality, drawn with a fixed seed from shares
 * close to a LUPP round in a few large municipalities (more 13–15 and 16–19 than 20–25, nearly as
 * many boys as girls, a few percent who say neither, most answers from the biggest cities).
 */
record Background(String ageBand, String gender, String area, String municipality) {
  /** Municipality codes (Stockholm, Göteborg, Malmö, Uppsala, Linköping, Örebro) and shares. */
  static final List<String> MUNICIPALITIES =
      List.of("0180", "1480", "1280", "0380", "0580", "1880");

  private static final double[] MUNICIPALITY_SHARES = {0.35, 0.22, 0.15, 0.10, 0.10, 0.08};
  static final List<String> AGE_BANDS = List.of("13-15", "16-19", "20-25");
  private static final double[] AGE_SHARES = {0.42, 0.45, 0.13};
  static final List<String> GENDERS = List.of("tjej", "kille", "annat", "vill-inte-svara");
  private static final double[] GENDER_SHARES = {0.48, 0.46, 0.03, 0.03};
  static final List<String> AREAS = List.of("centrum", "norr", "soder", "oster", "vaster");
  private static final double[] AREA_SHARES = {0.30, 0.20, 0.20, 0.15, 0.15};

  /** The background of respondent {@code r}; the same r always gives the same answer. */
  static Background of(long r) {
    SplittableRandom random = new SplittableRandom(0x5EEDL ^ (r * 0xBF58476D1CE4E5B9L));
    return new Background(
        pick(AGE_BANDS, AGE_SHARES, random),
        pick(GENDERS, GENDER_SHARES, random),
        pick(AREAS, AREA_SHARES, random),
        pick(MUNICIPALITIES, MUNICIPALITY_SHARES, random));
  }

  private static String pick(List<String> values, double[] shares, SplittableRandom random) {
    double roll = random.nextDouble();
    for (int i = 0; i < shares.length - 1; i++) {
      roll -= shares[i];
      if (roll < 0) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }
}
