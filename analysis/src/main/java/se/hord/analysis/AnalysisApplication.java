package se.hord.analysis;

import se.hord.platform.app.HordApplication;

/** Starts analysis. */
public final class AnalysisApplication {
  private AnalysisApplication() {}

  public static void main(String[] args) {
    HordApplication.run(AnalysisApplication.class, args);
  }
}
