package io.orderflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadLetterNamingTest {

  @Test
  void a_parked_message_lives_in_the_queue_named_after_its_origin_on_the_dead_letter_address() {
    assertThat(DeadLetters.queueOf("order.create")).isEqualTo("DLQ.order.create");
    assertThat(DeadLetters.fullyQualifiedQueueOf("order.created"))
        .isEqualTo("DLA::DLQ.order.created");
  }

  @Test
  void every_command_queue_and_event_topic_has_a_dead_letter_queue() {
    assertThat(DeadLetters.origins())
        .contains("order.create", "order.created", "message.failed")
        .doesNotHaveDuplicates();
  }

  @Test
  void events_are_replayed_to_their_topic_and_commands_to_their_queue() {
    assertThat(DeadLetters.isTopic("order.created")).isTrue();
    assertThat(DeadLetters.isTopic("order.create")).isFalse();
  }

  @Test
  void a_message_id_in_a_selector_cannot_close_its_string() {
    assertThat(ParkedMessages.selectorFor("x' or '1'='1"))
        .isEqualTo("messageId = 'x'' or ''1''=''1'");
  }

  @Test
  void a_copy_keeps_the_envelope_and_group_but_not_the_broker_marks() {
    assertThat(MessageCopies.isCopied("messageId")).isTrue();
    assertThat(MessageCopies.isCopied("JMSXGroupID")).isTrue();
    assertThat(MessageCopies.isCopied("JMSXDeliveryCount")).isFalse();
    assertThat(MessageCopies.isCopied("_AMQ_DUPL_ID")).isFalse();
    assertThat(MessageCopies.isCopied("_AMQ_ORIG_ADDRESS")).isFalse();
  }
}
