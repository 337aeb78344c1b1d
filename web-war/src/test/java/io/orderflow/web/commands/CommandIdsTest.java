package io.orderflow.web.commands;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandIdsTest {

  private static final UUID ORDER = UUID.fromString("8d0c7f4e-2a51-4c3f-9a51-0b4b8f5e6c01");

  @Test
  void posting_the_same_order_again_sends_the_same_message_id() {
    assertThat(CommandIds.createOrder(ORDER)).isEqualTo(CommandIds.createOrder(ORDER));
  }

  @Test
  void the_order_message_id_is_derived_from_the_command_name_and_the_order_id() {
    assertThat(CommandIds.createOrder(ORDER))
        .isEqualTo(UUID.nameUUIDFromBytes(("order.create:" + ORDER).getBytes(UTF_8)));
  }

  @Test
  void different_orders_get_different_message_ids() {
    assertThat(CommandIds.createOrder(ORDER))
        .isNotEqualTo(CommandIds.createOrder(UUID.randomUUID()));
  }

  @Test
  void the_order_message_id_differs_from_the_order_id() {
    assertThat(CommandIds.createOrder(ORDER)).isNotEqualTo(ORDER);
  }

  @Test
  void a_restock_posted_again_under_its_restock_id_sends_the_same_message_id() {
    UUID delivery = UUID.randomUUID();
    assertThat(CommandIds.restock("MUG-ORANGE", delivery))
        .isEqualTo(CommandIds.restock("MUG-ORANGE", delivery))
        .isNotEqualTo(CommandIds.restock("MUG-ORANGE", UUID.randomUUID()))
        .isNotEqualTo(CommandIds.restock("TSHIRT-M", delivery));
  }

  @Test
  void seeding_a_product_uses_the_same_ids_at_every_start() {
    assertThat(CommandIds.seedProductRegistration("MUG-ORANGE"))
        .isEqualTo(UUID.nameUUIDFromBytes("seed:product.register:MUG-ORANGE".getBytes(UTF_8)));
    assertThat(CommandIds.seedInitialStock("MUG-ORANGE"))
        .isEqualTo(UUID.nameUUIDFromBytes("seed:inventory.restock:MUG-ORANGE".getBytes(UTF_8)));
  }

  @Test
  void registering_and_stocking_a_product_are_different_messages() {
    assertThat(CommandIds.seedProductRegistration("MUG-ORANGE"))
        .isNotEqualTo(CommandIds.seedInitialStock("MUG-ORANGE"));
  }
}
