package io.orderflow.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.util.List;

/**
 * An error as RFC 9457 problem details. A plain class, not a record, so that OpenAPI can describe
 * it; it never carries a stack trace.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** Problem types this API defines; other errors use about:blank and the HTTP reason. */
  public static final URI ABOUT_BLANK = URI.create("about:blank");

  public static final URI INVALID_REQUEST = URI.create("urn:orderflow:problem:invalid-request");
  public static final URI UNREADABLE_REQUEST =
      URI.create("urn:orderflow:problem:unreadable-request");
  public static final URI BROKER_UNAVAILABLE =
      URI.create("urn:orderflow:problem:broker-unavailable");
  public static final URI OVERLOADED = URI.create("urn:orderflow:problem:overloaded");
  public static final URI RATE_LIMITED = URI.create("urn:orderflow:problem:rate-limited");
  public static final URI FORBIDDEN = URI.create("urn:orderflow:problem:forbidden");
  public static final URI BODY_TOO_LARGE = URI.create("urn:orderflow:problem:body-too-large");

  private URI type;
  private String title;
  private int status;
  private String detail;
  private URI instance;
  private List<Violation> violations;

  public Problem() {}

  public Problem(URI type, String title, int status, String detail, URI instance) {
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.instance = instance;
  }

  public Problem withViolations(List<Violation> violations) {
    this.violations = violations;
    return this;
  }

  public URI getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public int getStatus() {
    return status;
  }

  public String getDetail() {
    return detail;
  }

  public URI getInstance() {
    return instance;
  }

  public List<Violation> getViolations() {
    return violations;
  }
}
