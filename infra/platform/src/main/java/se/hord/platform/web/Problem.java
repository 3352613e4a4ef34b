package se.hord.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}).
 *
 * @param type a URI naming the kind of problem, {@code about:blank} when the status says it all
 * @param title a short summary of the status
 * @param status the HTTP status
 * @param detail what went wrong, in plain language (Swedish first, then English)
 * @param errors every single problem with its path, when there are several
 */
@Serdeable
public record Problem(
    String type, String title, int status, String detail, @Nullable List<Violation> errors) {

  /** The media type of every error answer. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One problem in the input, at the path where it was found. */
  @Serdeable
  public record Violation(String path, String message) {}
}
