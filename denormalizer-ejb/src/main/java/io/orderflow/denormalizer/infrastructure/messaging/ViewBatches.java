package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.messaging.BatchReceivers;
import io.orderflow.messaging.BatchedConsumer;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Receives the denormalizer's two busiest subscriptions, {@code order.created} and {@code
 * order.fulfilled} (two events for every order), in batches.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ViewBatches extends BatchReceivers {

  @Inject OrderCreatedConsumer orderCreated;
  @Inject OrderFulfilledConsumer orderFulfilled;

  @Override
  protected List<BatchedConsumer<?>> consumers() {
    return List.of(orderCreated, orderFulfilled);
  }
}
