package io.orderflow.web.api.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One failed delivery, as the denormalizer projected it from {@code message.failed} (table {@code
 * views.message_failure}). Read only.
 */
@Entity
@Table(name = "message_failure")
public class RecordedFailure {

  @Id
  @Column(name = "failure_id")
  private UUID failureId;

  @Column(name = "message_id")
  private String messageId;

  private String type;
  private String origin;
  private String handler;
  private int attempt;

  @Column(name = "exception_class")
  private String exceptionClass;

  @Column(name = "exception_message")
  private String exceptionMessage;

  /** OffsetDateTime: Payara's EclipseLink does not map Instant. */
  @Column(name = "failed_at")
  private OffsetDateTime failedAt;

  @Column(name = "correlation_id")
  private String correlationId;

  private boolean parked;

  protected RecordedFailure() {}

  public String messageId() {
    return messageId;
  }

  public String type() {
    return type;
  }

  public String handler() {
    return handler;
  }

  public int attempt() {
    return attempt;
  }

  public String exceptionClass() {
    return exceptionClass;
  }

  public String exceptionMessage() {
    return exceptionMessage;
  }

  public Instant failedAt() {
    return failedAt == null ? null : failedAt.toInstant();
  }

  public String correlationId() {
    return correlationId;
  }

  /** "ExceptionClass: message", the way a person reads a reason. */
  public String reason() {
    return exceptionMessage == null ? exceptionClass : exceptionClass + ": " + exceptionMessage;
  }
}
