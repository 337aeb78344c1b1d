package io.orderflow.fulfillment.infrastructure.messaging;

import io.orderflow.messaging.FailedAttempts;
import jakarta.ejb.Stateless;

/** The fulfillment service's failed-attempt records, each in a transaction of its own. */
@Stateless
public class FulfillmentServiceFailedAttempts extends FailedAttempts {}
