package io.orderflow.web.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change made by someone: who, what, to what, when. Never holds a secret. */
@Entity
@Table(schema = "access", name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String actor;
  private String action;
  private String subject;
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt, String actor, String action, String subject, String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.detail = detail;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }
}
