package io.orderflow.web.security;

import io.orderflow.web.access.domain.Caller;
import java.time.Duration;

/** The outcome of checking a credential. */
public sealed interface Verdict {

  /** The credential names an enabled account. */
  record Verified(Caller caller) implements Verdict {}

  /** Wrong name or secret, or a disabled account: the caller is not told which. */
  record Refused() implements Verdict {}

  /** Too many recent failures for this name: nothing was checked. */
  record Throttled(Duration retryAfter) implements Verdict {}
}
