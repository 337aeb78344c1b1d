package io.orderflow.web.portal.live;

/**
 * Something the views will show differently soon: an event type and what it concerns (an order id
 * or a sku). Pages re-read the views when told.
 */
public record ViewChange(String type, String subject) {}
