package io.orderflow.fulfillment.infrastructure.messaging;

import io.orderflow.messaging.BatchReceivers;
import io.orderflow.messaging.BatchedConsumer;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Receives {@code order.created}, one for every order, in batches: a batch's transaction locks the
 * stock rows its orders need as it goes, and keeps them until its one commit.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FulfillmentBatches extends BatchReceivers {

  @Inject OrderCreatedConsumer orderCreated;

  @Override
  protected List<BatchedConsumer<?>> consumers() {
    return List.of(orderCreated);
  }
}
