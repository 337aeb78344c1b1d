package io.orderflow.denormalizer.application;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RestockRejected;
import io.orderflow.denormalizer.domain.RestockRejection;
import io.orderflow.denormalizer.domain.RestockRejections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Projects {@code stock.restock-rejected}: the restock that added nothing, and why, for admins. */
@ApplicationScoped
public class RestockRejectedHandler {

  @Inject RestockRejections rejections;
  @Inject HandledEvent event;

  public void handle(RestockRejected rejected) {
    String type = MessageTypes.STOCK_RESTOCK_REJECTED.name();
    rejections.record(
        new RestockRejection(
            event.causationId(),
            Require.present(rejected.sku(), type, "sku"),
            rejected.quantity(),
            Require.present(rejected.reason(), type, "reason"),
            event.correlationId(),
            event.occurredAt()));
  }
}
