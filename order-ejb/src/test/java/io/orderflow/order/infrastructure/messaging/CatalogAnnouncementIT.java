package io.orderflow.order.infrastructure.messaging;

import static io.orderflow.testing.TestDatabase.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.contracts.messages.CatalogAnnounced;
import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.contracts.messages.RegisterProduct;
import io.orderflow.messaging.Envelope;
import io.orderflow.testing.RealInfrastructure;
import io.orderflow.testing.ServiceArchive;
import io.orderflow.testing.TestMessaging;
import io.orderflow.testing.TopicRecorder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each time the order service starts, it announces its whole catalog: the test starts it, registers
 * a product, and starts it again (on Payara Micro, undeploying stops the process).
 */
@ExtendWith(RealInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
class CatalogAnnouncementIT {

  private static final String SERVICE = "order-service";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @ArquillianResource Deployer deployer;

  private TestMessaging messaging;

  @Deployment(name = SERVICE, managed = false, testable = false)
  static WebArchive orderService() {
    return ServiceArchive.ofThisModule(SERVICE);
  }

  @BeforeEach
  void connect() {
    messaging = new TestMessaging();
  }

  @AfterEach
  void close() throws Exception {
    messaging.close();
  }

  @Test
  void a_start_announces_every_sku_of_the_catalog_in_one_event() {
    String sku = "IT-" + UUID.randomUUID().toString().substring(0, 8);
    deployer.deploy(SERVICE);
    try (TopicRecorder registered = messaging.record(MessageTypes.PRODUCT_REGISTERED)) {
      messaging.send(
          MessageTypes.PRODUCT_REGISTER,
          sku,
          new RegisterProduct(sku, "Announced lamp", new BigDecimal("45.00")));
      registered.await(e -> e.groupId().equals(sku), WAIT);
    } finally {
      deployer.undeploy(SERVICE);
    }

    try (TopicRecorder announced = messaging.record(MessageTypes.CATALOG_ANNOUNCED)) {
      deployer.deploy(SERVICE);
      Envelope announcement = announced.await(e -> true, WAIT);

      assertThat(announced.payloadOf(announcement, CatalogAnnounced.class).skus())
          .contains(sku)
          .containsExactlyElementsOf(everySkuOfTheCatalog());
      assertThat(announcement.groupId()).isEqualTo("catalog");
    } finally {
      deployer.undeploy(SERVICE);
    }
  }

  private static List<String> everySkuOfTheCatalog() {
    return query("select sku from orders.product order by sku").stream()
        .map(row -> (String) row.get("sku"))
        .toList();
  }
}
