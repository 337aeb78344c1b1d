package io.orderflow.contracts.messages;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Event {@code order.created}: the order passed validation and was priced. */
public record OrderCreated(
    UUID orderId, String customerId, List<PricedLine> lines, BigDecimal total) {}
