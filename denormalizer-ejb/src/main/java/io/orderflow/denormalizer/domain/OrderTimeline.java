package io.orderflow.denormalizer.domain;

/** Every event about every order, once each: an entry whose message id is known adds nothing. */
public interface OrderTimeline {

  void record(TimelineEntry entry);
}
