package io.orderflow.denormalizer.domain;

/** The recorded failed deliveries; recording the same failure again changes nothing. */
public interface MessageFailures {

  void record(MessageFailure failure);
}
