package io.orderflow.order.infrastructure.messaging;

import io.orderflow.messaging.FailedAttempts;
import jakarta.ejb.Stateless;

/** The order service's failed-attempt records, each in a transaction of its own. */
@Stateless
public class OrderServiceFailedAttempts extends FailedAttempts {}
