package io.orderflow.web.api.admin;

import io.orderflow.messaging.ParkedMessage;
import io.orderflow.messaging.ParkedMessages;
import io.orderflow.web.access.application.Auditing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where admins repair what failed, through the API and the portal alike: parked messages listed,
 * inspected, replayed or discarded. Every replay and discard is audited with the admin who did it.
 */
@ApplicationScoped
public class DeadLetterDesk {

  @Inject ParkedMessages parked;
  @Inject RecordedFailures failures;
  @Inject DeadLetterDiscards discards;
  @Inject Auditing auditing;

  public List<DeadLetter> list() {
    List<ParkedMessage> all = parked.all();
    Map<String, List<RecordedFailure>> recorded =
        failures.of(all.stream().map(ParkedMessage::messageId).distinct().toList());
    return all.stream()
        .map(p -> DeadLetter.of(p, recorded.getOrDefault(p.messageId(), List.of())))
        .toList();
  }

  public Optional<DeadLetterDetails> find(String messageId) {
    return parked
        .find(messageId)
        .map(message -> DeadLetterDetails.of(message, failures.of(messageId)));
  }

  /** Back to its queue or topic; false if no such message is parked. */
  public boolean replay(String messageId, String admin) {
    Optional<ParkedMessage> replayed = parked.replay(messageId);
    replayed.ifPresent(
        message -> auditing.record(admin, "dead-letter.replayed", messageId, describe(message)));
    return replayed.isPresent();
  }

  /** Gone for good, its discard also recorded in the views; false if no such message is parked. */
  public boolean discard(String messageId, String admin) {
    Optional<ParkedMessage> discarded = discards.discard(messageId, admin);
    discarded.ifPresent(
        message -> auditing.record(admin, "dead-letter.discarded", messageId, describe(message)));
    return discarded.isPresent();
  }

  private static String describe(ParkedMessage message) {
    return message.type() + " from " + message.origin();
  }
}
