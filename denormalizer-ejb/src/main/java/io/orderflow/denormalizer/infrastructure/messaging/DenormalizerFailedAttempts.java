package io.orderflow.denormalizer.infrastructure.messaging;

import io.orderflow.messaging.FailedAttempts;
import jakarta.ejb.Stateless;

/** The denormalizer's failed-attempt records, each in a transaction of its own. */
@Stateless
public class DenormalizerFailedAttempts extends FailedAttempts {}
