package io.orderflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RegisterProduct;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.apache.activemq.artemis.core.client.impl.ClientMessageImpl;
import org.apache.activemq.artemis.jms.client.ActiveMQTextMessage;
import org.junit.jupiter.api.Test;

/** The envelope as message properties, and a delivered message read for its handler. */
class EnvelopeTest {

  private final MessageCodec codec = new MessageCodec();

  @Test
  void an_envelope_written_as_properties_reads_back_the_same() throws JMSException {
    Envelope envelope = envelope();
    TextMessage message = message(envelope.body());

    JmsEnvelopes.write(envelope, message, false);

    assertThat(JmsEnvelopes.read(message)).isEqualTo(envelope);
  }

  @Test
  void only_a_message_sent_on_its_own_asks_the_broker_to_drop_a_duplicate() throws JMSException {
    Envelope envelope = envelope();
    TextMessage command = message(envelope.body());
    TextMessage staged = message(envelope.body());

    JmsEnvelopes.write(envelope, command, true);
    JmsEnvelopes.write(envelope, staged, false);

    assertThat(command.getStringProperty(JmsEnvelopes.DUPLICATE_DETECTION_ID))
        .isEqualTo(envelope.messageId().toString());
    assertThat(staged.propertyExists(JmsEnvelopes.DUPLICATE_DETECTION_ID))
        .as("inside a broker transaction one duplicate would roll back the others")
        .isFalse();
  }

  @Test
  void a_delivery_carries_the_payload_of_its_type() throws JMSException {
    Envelope envelope = envelope();
    TextMessage message = message(envelope.body());
    JmsEnvelopes.write(envelope, message, true);

    Delivery<RegisterProduct> delivery =
        Delivery.read(message, MessageTypes.PRODUCT_REGISTER, codec);

    assertThat(delivery.isReadable()).isTrue();
    assertThat(delivery.payload().sku()).isEqualTo("MUG");
    assertThat(delivery.envelope()).isEqualTo(envelope);
  }

  @Test
  void a_delivery_of_another_type_or_of_broken_json_is_unreadable_with_its_reason()
      throws JMSException {
    Envelope other = envelope("order.explode", "{}");
    TextMessage wrongType = message(other.body());
    JmsEnvelopes.write(other, wrongType, true);
    Envelope broken = envelope(MessageTypes.PRODUCT_REGISTER.name(), "{\"sku\": ");
    TextMessage brokenJson = message(broken.body());
    JmsEnvelopes.write(broken, brokenJson, true);

    assertThat(Delivery.read(wrongType, MessageTypes.PRODUCT_REGISTER, codec).unreadable())
        .isEqualTo("expected a product.register message but its type is order.explode");
    assertThat(Delivery.read(brokenJson, MessageTypes.PRODUCT_REGISTER, codec).unreadable())
        .startsWith("the body is not a valid RegisterProduct");
  }

  @Test
  void a_message_without_its_envelope_is_unreadable_and_still_named_for_the_record()
      throws JMSException {
    TextMessage bare = message("{}");
    bare.setJMSMessageID("ID:bare-1");

    Delivery<RegisterProduct> delivery = Delivery.read(bare, MessageTypes.PRODUCT_REGISTER, codec);

    assertThat(delivery.unreadable()).isEqualTo("message property 'type' is missing");
    assertThat(delivery.facts().messageId()).isEqualTo("ID:bare-1");
    assertThat(delivery.facts().origin()).isEqualTo(MessageTypes.PRODUCT_REGISTER.name());
  }

  @Test
  void the_outbox_stages_only_while_a_message_is_handled() {
    Outbox outbox = new Outbox();
    outbox.context = new MessageContext();
    outbox.codec = codec;
    RegisterProduct payload = new RegisterProduct("MUG", "Mug", BigDecimal.ONE);

    assertThatThrownBy(() -> outbox.publish(MessageTypes.PRODUCT_REGISTER, "MUG", payload))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("has no message to be caused by");

    Envelope cause = envelope();
    outbox.context.enter(cause, 1);
    outbox.publish(MessageTypes.PRODUCT_REGISTER, "MUG", payload);
    assertThat(outbox.context.staged())
        .singleElement()
        .satisfies(
            staged -> {
              assertThat(staged.causationId()).isEqualTo(cause.messageId());
              assertThat(staged.correlationId()).isEqualTo(cause.correlationId());
              assertThat(staged.messageId()).isNotEqualTo(cause.messageId());
            });
  }

  private Envelope envelope() {
    return envelope(
        MessageTypes.PRODUCT_REGISTER.name(),
        codec.toJson(new RegisterProduct("MUG", "Mug", new BigDecimal("4.20"))));
  }

  private static Envelope envelope(String type, String body) {
    UUID id = UUID.randomUUID();
    return new Envelope(
        type,
        id,
        UUID.randomUUID(),
        UUID.randomUUID(),
        Instant.parse("2026-12-07T20:00:00Z"),
        Envelope.SCHEMA_VERSION,
        "MUG",
        body);
  }

  /** A real Artemis message, as a session would create it, without a broker. */
  private static TextMessage message(String body) throws JMSException {
    ClientMessageImpl core =
        new ClientMessageImpl(
            ActiveMQTextMessage.TYPE, true, 0, System.currentTimeMillis(), (byte) 4, 1024);
    TextMessage message = new ActiveMQTextMessage(core, null);
    // made as if received: writable again, as a sender's new message is
    message.clearBody();
    message.clearProperties();
    message.setText(body);
    return message;
  }
}
