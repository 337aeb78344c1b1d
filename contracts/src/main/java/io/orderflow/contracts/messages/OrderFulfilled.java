package io.orderflow.contracts.messages;

import java.util.UUID;

/** Event {@code order.fulfilled}: every line is reserved and a shipment exists. */
public record OrderFulfilled(UUID orderId, UUID shipmentId) {}
