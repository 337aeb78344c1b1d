package io.orderflow.order.infrastructure.messaging;

import io.orderflow.messaging.BatchReceivers;
import io.orderflow.messaging.BatchedConsumer;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** Receives {@code order.create}, one for every order, in batches. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderServiceBatches extends BatchReceivers {

  @Inject CreateOrderConsumer createOrder;

  @Override
  protected List<BatchedConsumer<?>> consumers() {
    return List.of(createOrder);
  }
}
