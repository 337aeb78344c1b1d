package io.orderflow.denormalizer.domain;

/** The audit trail of discarded dead letters; recording the same discard again changes nothing. */
public interface DeadLetterAudit {

  void record(DeadLetterDiscard discard);
}
