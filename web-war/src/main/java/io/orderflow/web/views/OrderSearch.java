package io.orderflow.web.views;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the portal's order list asks for; every criterion is optional (null means any).
 *
 * @param customerId matched as a case-insensitive part of the customer id
 * @param placedFrom inclusive, compared with the time the order was placed
 * @param placedTo exclusive
 * @param sortBy one of {@link OrderSearches#SORTABLE}; anything else sorts by placing time
 */
public record OrderSearch(
    UUID orderId,
    String status,
    String customerId,
    OffsetDateTime placedFrom,
    OffsetDateTime placedTo,
    String sortBy,
    boolean ascending) {}
