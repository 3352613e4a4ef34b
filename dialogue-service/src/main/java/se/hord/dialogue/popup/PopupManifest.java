package se.hord.dialogue.popup;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A web app manifest (the fields browsers use to install the pop-up page as an app). */
@Serdeable
public record PopupManifest(
    String name,
    @JsonProperty("short_name") String shortName,
    String lang,
    @JsonProperty("start_url") String startUrl,
    String scope,
    String display,
    String orientation,
    @JsonProperty("theme_color") String themeColor,
    @JsonProperty("background_color") String backgroundColor,
    List<Icon> icons) {

  /** One icon; an SVG scales to every size. */
  @Serdeable
  public record Icon(String src, String sizes, String type, String purpose) {}

  static PopupManifest forEvent(long eventId) {
    return new PopupManifest(
        "Hörd pop-up",
        "Hörd",
        "sv",
        "/popup/" + eventId,
        "/popup/",
        "standalone",
        "portrait",
        "#1f5f8b",
        "#ffffff",
        List.of(new Icon("/assets/popup/icon.svg", "any", "image/svg+xml", "any maskable")));
  }
}
