package se.hord.survey.form;

/** Turns an age into the band that is stored instead: the age itself is never kept. */
final class AgeBands {
  private AgeBands() {}

  static String of(int age) {
    if (age <= 12) {
      return "0-12";
    }
    if (age <= 15) {
      return "13-15";
    }
    if (age <= 19) {
      return "16-19";
    }
    if (age <= 25) {
      return "20-25";
    }
    return "26+";
  }
}
