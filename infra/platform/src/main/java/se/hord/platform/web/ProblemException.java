package se.hord.platform.web;

import io.micronaut.http.HttpStatus;
import java.util.List;

/** Thrown where a request cannot be done; becomes a problem+json answer with its status. */
public class ProblemException extends RuntimeException {
  private final HttpStatus status;
  private final List<Problem.Violation> violations;

  public ProblemException(HttpStatus status, String detail) {
    this(status, detail, List.of());
  }

  public ProblemException(HttpStatus status, String detail, List<Problem.Violation> violations) {
    super(detail, null, false, false);
    this.status = status;
    this.violations = List.copyOf(violations);
  }

  public HttpStatus status() {
    return status;
  }

  public List<Problem.Violation> violations() {
    return violations;
  }

  /** 400: the input is wrong. */
  public static ProblemException badRequest(String detail) {
    return new ProblemException(HttpStatus.BAD_REQUEST, detail);
  }

  /** 400 listing every problem found in the input. */
  public static ProblemException invalid(String detail, List<Problem.Violation> violations) {
    return new ProblemException(HttpStatus.BAD_REQUEST, detail, violations);
  }

  /** 404: there is no such thing, or the caller may not know of it. */
  public static ProblemException notFound(String detail) {
    return new ProblemException(HttpStatus.NOT_FOUND, detail);
  }

  /** 403: the caller is known but may not do this. */
  public static ProblemException forbidden(String detail) {
    return new ProblemException(HttpStatus.FORBIDDEN, detail);
  }

  /** 409: the request clashes with the state of the thing. */
  public static ProblemException conflict(String detail) {
    return new ProblemException(HttpStatus.CONFLICT, detail);
  }
}
