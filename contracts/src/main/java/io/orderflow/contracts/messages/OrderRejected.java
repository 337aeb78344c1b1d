package io.orderflow.contracts.messages;

import java.util.UUID;

/** Event {@code order.rejected}: the order service refused the order, for the reason given. */
public record OrderRejected(UUID orderId, String customerId, String reason) {}
