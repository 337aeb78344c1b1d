package io.orderflow.web.views;

import java.util.Set;

/**
 * Which orders to list, one page at a time; a null status or customer id means any.
 *
 * @param customers the only customers whose orders may be listed, or null for every customer
 * @param page zero-based
 */
public record OrderFilter(
    String status, String customerId, Set<String> customers, int page, int size) {}
