package io.orderflow.web.views;

/**
 * Which orders to list, one page at a time; a null status or customer id means any.
 *
 * @param page zero-based
 */
public record OrderFilter(String status, String customerId, int page, int size) {}
