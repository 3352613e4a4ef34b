package se.hord.platform.view;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Where the pages of each service live, for the shared navigation. Locally each service has its own
 * port; in production they sit behind one host and these become plain paths.
 */
@Serdeable
@ConfigurationProperties("hord.links")
public class Nav {
  private String survey = "http://127.0.0.1:8081";
  private String dialogue = "http://127.0.0.1:8082";
  private String analysis = "http://127.0.0.1:8083";

  public String getSurvey() {
    return survey;
  }

  public void setSurvey(String survey) {
    this.survey = survey;
  }

  public String getDialogue() {
    return dialogue;
  }

  public void setDialogue(String dialogue) {
    this.dialogue = dialogue;
  }

  public String getAnalysis() {
    return analysis;
  }

  public void setAnalysis(String analysis) {
    this.analysis = analysis;
  }

  /** The officials' search page. */
  public String getSearch() {
    return analysis + "/search";
  }

  /** The codebook of themes. */
  public String getThemes() {
    return analysis + "/themes";
  }

  /** The theme reports. */
  public String getReports() {
    return analysis + "/reports/themes";
  }

  /** The yearly child-rights account (barnbokslut). */
  public String getBarnbokslut() {
    return analysis + "/reports/barnbokslut";
  }

  /** Possible disclosures of harm, for designated officials. */
  public String getSafeguarding() {
    return analysis + "/safeguarding";
  }

  /** The officials' survey editor. */
  public String getSurveys() {
    return survey + "/admin/surveys";
  }

  /** Dialogues and pop-up events. */
  public String getDialogues() {
    return dialogue + "/dialogues";
  }

  /** The shared login page. */
  public String getLogin() {
    return survey + "/login";
  }
}
