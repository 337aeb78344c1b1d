package io.orderflow.contracts.messages;

import java.util.List;
import java.util.UUID;

/**
 * Command {@code order.create}: the sender chooses the order id, so a retry creates no second
 * order.
 */
public record CreateOrder(UUID orderId, String customerId, List<OrderLine> lines) {}
