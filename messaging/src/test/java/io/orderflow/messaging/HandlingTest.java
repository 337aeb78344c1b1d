package io.orderflow.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderflow.contracts.messages.MessageType;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.ProductRegistered;
import io.orderflow.contracts.messages.RegisterProduct;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the inbox does inside its transaction, against the machine's PostgreSQL (a schema of its
 * own, dropped afterwards) and without a container: what it runs, what it records, what it leaves
 * to publish.
 */
class HandlingTest {

  private static final String URL =
      "jdbc:postgresql://"
          + System.getProperty("orderflow.test.db.host", "127.0.0.1")
          + ":5432/postgres";
  private static final String SCHEMA = "inbox_spec_" + Long.toHexString(System.nanoTime());
  private static final MessageType<RegisterProduct> TYPE = MessageTypes.PRODUCT_REGISTER;

  private final MessageContext context = new MessageContext();
  private final MessageCodec codec = new MessageCodec();
  private final List<String> handled = new ArrayList<>();
  private Connection connection;

  @BeforeAll
  static void createSchema() throws SQLException {
    try (Connection admin = connect();
        Statement ddl = admin.createStatement()) {
      ddl.execute("create schema " + SCHEMA);
      ddl.execute(
          "create table "
              + SCHEMA
              + ".processed_message (message_id uuid primary key, type varchar(64) not null,"
              + " correlation_id uuid, processed_at timestamptz not null, published text)");
    }
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    try (Connection admin = connect();
        Statement ddl = admin.createStatement()) {
      ddl.execute("drop schema " + SCHEMA + " cascade");
    }
  }

  @BeforeEach
  void beginTransaction() throws SQLException {
    connection = connect();
    connection.setAutoCommit(false);
  }

  @AfterEach
  void rollBack() throws SQLException {
    connection.rollback();
    connection.close();
  }

  @Test
  void a_first_delivery_is_handled_and_recorded_with_what_its_handler_staged() throws Exception {
    Delivery<RegisterProduct> delivery = delivery("MUG");

    Handling.Handled applied = apply(List.of(delivery), this::handleAndAnnounce);

    assertThat(handled).containsExactly("MUG");
    assertThat(applied.toPublish())
        .singleElement()
        .satisfies(e -> assertThat(e.groupId()).isEqualTo("MUG"));
    assertThat(publishedRecordOf(delivery))
        .contains(applied.toPublish().get(0).messageId().toString());
  }

  @Test
  void what_a_handler_stages_is_caused_by_the_message_and_keeps_its_correlation() {
    Delivery<RegisterProduct> delivery = delivery("MUG");

    Envelope staged = apply(List.of(delivery), this::handleAndAnnounce).toPublish().get(0);

    assertThat(staged.causationId()).isEqualTo(delivery.envelope().messageId());
    assertThat(staged.correlationId()).isEqualTo(delivery.envelope().correlationId());
    assertThat(staged.type()).isEqualTo(MessageTypes.PRODUCT_REGISTERED.name());
  }

  @Test
  void a_message_processed_before_is_not_handled_again_and_publishes_what_it_staged_again() {
    Delivery<RegisterProduct> delivery = delivery("MUG");
    Envelope first = apply(List.of(delivery), this::handleAndAnnounce).toPublish().get(0);
    handled.clear();

    Handling.Handled again = apply(List.of(delivery), this::handleAndAnnounce);

    assertThat(handled).as("not handled again").isEmpty();
    assertThat(again.toPublish()).as("the same message, under the same id").containsExactly(first);
  }

  @Test
  void the_same_message_twice_in_one_batch_is_handled_once() {
    Delivery<RegisterProduct> delivery = delivery("MUG");

    Handling.Handled applied = apply(List.of(delivery, delivery), this::handleAndAnnounce);

    assertThat(handled).containsExactly("MUG");
    assertThat(applied.toPublish()).hasSize(1);
  }

  @Test
  void a_message_its_handler_cannot_read_is_parked_and_not_recorded_so_a_replay_is_handled()
      throws Exception {
    Delivery<RegisterProduct> unreadable = delivery("BROKEN");
    Delivery<RegisterProduct> readable = delivery("MUG");

    Handling.Handled applied =
        apply(
            List.of(unreadable, readable),
            product -> {
              if (product.sku().equals("BROKEN")) {
                throw new UnreadableMessageException("no such product line");
              }
              handleAndAnnounce(product);
            });

    assertThat(applied.parked())
        .singleElement()
        .satisfies(parked -> assertThat(parked.unreadable()).isEqualTo("no such product line"));
    assertThat(applied.toPublish()).as("the readable one's event").hasSize(1);
    assertThat(processedCount(unreadable)).isZero();
    assertThat(processedCount(readable)).isOne();
  }

  @Test
  void a_failing_handler_names_its_message_and_leaves_nothing_to_publish() {
    Delivery<RegisterProduct> healthy = delivery("MUG");
    Delivery<RegisterProduct> failing = delivery("CUP");

    assertThatThrownBy(
            () ->
                apply(
                    List.of(healthy, failing),
                    product -> {
                      handleAndAnnounce(product);
                      if (product.sku().equals("CUP")) {
                        throw new IllegalStateException("the database said no");
                      }
                    }))
        .isInstanceOf(DeliveryFailed.class)
        .hasCauseInstanceOf(IllegalStateException.class)
        .satisfies(
            e ->
                assertThat(((DeliveryFailed) e).facts().messageId())
                    .isEqualTo(failing.envelope().messageId().toString()));
    assertThat(context.current()).as("left no message entered").isEmpty();
  }

  @Test
  void a_message_recorded_by_another_transaction_meanwhile_fails_this_one() throws Exception {
    Delivery<RegisterProduct> delivery = delivery("MUG");
    try (Connection other = connect()) {
      other.setAutoCommit(false);
      // the other copy is processed and recorded, but not committed, when this one looks
      new ProcessedMessages(other, codec)
          .record(List.of(new ProcessedMessages.Processed(delivery.envelope(), List.of())));
      CompletableFuture<Void> commitsLater =
          CompletableFuture.runAsync(
              () -> {
                try {
                  TimeUnit.MILLISECONDS.sleep(300);
                  other.commit();
                } catch (SQLException | InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });

      assertThatThrownBy(() -> apply(List.of(delivery), this::handleAndAnnounce))
          .isInstanceOf(PersistenceException.class)
          .hasMessageContaining("processed by another transaction");
      commitsLater.get(10, TimeUnit.SECONDS);
    }
  }

  private Handling.Handled apply(
      List<Delivery<RegisterProduct>> deliveries, Consumer<RegisterProduct> handler) {
    return new Handling(context, codec).apply(deliveries, handler, database());
  }

  private void handleAndAnnounce(RegisterProduct product) {
    handled.add(product.sku());
    Outbox outbox = new Outbox();
    outbox.context = context;
    outbox.codec = codec;
    outbox.publish(
        MessageTypes.PRODUCT_REGISTERED,
        product.sku(),
        new ProductRegistered(product.sku(), product.name(), product.unitPrice()));
  }

  private Delivery<RegisterProduct> delivery(String sku) {
    RegisterProduct payload = new RegisterProduct(sku, "Mug " + sku, new BigDecimal("4.20"));
    UUID id = UUID.randomUUID();
    Envelope envelope =
        new Envelope(
            TYPE.name(),
            id,
            UUID.randomUUID(),
            id,
            Instant.now(),
            Envelope.SCHEMA_VERSION,
            sku,
            codec.toJson(payload));
    DeliveryFacts facts =
        new DeliveryFacts(
            id.toString(), TYPE.name(), envelope.correlationId().toString(), TYPE.name(), true, 1);
    return new Delivery<>(null, facts, envelope, payload, null);
  }

  private long processedCount(Delivery<?> delivery) throws SQLException {
    try (var query =
        connection.prepareStatement(
            "select count(*) from " + SCHEMA + ".processed_message where message_id = ?")) {
      query.setObject(1, delivery.envelope().messageId());
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private String publishedRecordOf(Delivery<?> delivery) throws SQLException {
    try (var query =
        connection.prepareStatement(
            "select published from " + SCHEMA + ".processed_message where message_id = ?")) {
      query.setObject(1, delivery.envelope().messageId());
      try (var rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private DatabaseTransaction database() {
    return new DatabaseTransaction() {
      @Override
      public Connection connection() {
        return connection;
      }

      @Override
      public void flushWrites() {
        // the handlers here write nothing but what they stage
      }
    };
  }

  private static Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(URL, "postgres", "");
    try (Statement path = connection.createStatement()) {
      path.execute("set search_path to " + SCHEMA);
    } catch (SQLException e) {
      // before the schema exists: the connection that creates it
    }
    return connection;
  }
}
