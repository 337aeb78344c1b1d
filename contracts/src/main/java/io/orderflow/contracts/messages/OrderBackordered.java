package io.orderflow.contracts.messages;

import java.util.List;
import java.util.UUID;

/**
 * Event {@code order.backordered}: the order waits for stock; the lines say how much is missing.
 */
public record OrderBackordered(UUID orderId, List<OrderLine> missingLines) {}
