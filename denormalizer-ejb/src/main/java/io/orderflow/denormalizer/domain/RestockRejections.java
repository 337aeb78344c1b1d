package io.orderflow.denormalizer.domain;

/** The recorded rejected restocks; recording the same restock's rejection again changes nothing. */
public interface RestockRejections {

  void record(RestockRejection rejection);
}
