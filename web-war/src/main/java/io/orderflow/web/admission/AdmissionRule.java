package io.orderflow.web.admission;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether to accept another command: only while the backlog the services still have to work through
 * is within the bound. A bound of 0 or less turns admission control off. A sample that is unknown
 * (the broker could not be asked) or too old admits: refusing is for a platform that is known to be
 * behind, and a broker that is down already refuses the send itself.
 *
 * @param maxBacklog the most messages that may wait before commands are refused
 * @param sampleLifetime how long a sample counts; older ones are treated as unknown
 */
public record AdmissionRule(long maxBacklog, Duration sampleLifetime) {

  public boolean enabled() {
    return maxBacklog > 0;
  }

  public boolean admits(BacklogSample last, Instant now) {
    return !enabled()
        || last == null
        || !last.known()
        || last.takenAt().plus(sampleLifetime).isBefore(now)
        || last.messages() <= maxBacklog;
  }
}
