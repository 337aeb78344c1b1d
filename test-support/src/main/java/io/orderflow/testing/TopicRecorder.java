package io.orderflow.testing;

import io.orderflow.messaging.Envelope;
import io.orderflow.messaging.JmsEnvelopes;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.bind.Jsonb;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** Records every message published to one topic while it is open. */
public final class TopicRecorder implements AutoCloseable {

  private final JMSContext context;
  private final JMSConsumer consumer;
  private final Jsonb jsonb;
  private final List<Envelope> received = new CopyOnWriteArrayList<>();

  TopicRecorder(JMSContext context, String topic, Jsonb jsonb) {
    this.context = context;
    this.jsonb = jsonb;
    this.consumer = context.createConsumer(context.createTopic(topic));
    consumer.setMessageListener(message -> received.add(JmsEnvelopes.read(message)));
  }

  /** Waits for the first message that matches, and returns it. */
  public Envelope await(Predicate<Envelope> matching, Duration timeout) {
    return Awaitility.await()
        .atMost(timeout)
        .until(() -> received.stream().filter(matching).findFirst(), found -> found.isPresent())
        .orElseThrow();
  }

  public <P> P payloadOf(Envelope envelope, Class<P> type) {
    return jsonb.fromJson(envelope.body(), type);
  }

  public List<Envelope> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    consumer.close();
    context.close();
  }
}
