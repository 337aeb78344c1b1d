package io.orderflow.fulfillment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Stock only for registered products: what a restock of a sku becomes, delivery by delivery. */
class RegistrationWaitTest {

  private final InMemoryCatalog catalog = new InMemoryCatalog().with("BOOK-DDD");
  private final RegistrationWait wait = new RegistrationWait(8);

  @Test
  void a_restock_of_a_registered_sku_is_applied_at_its_first_delivery() {
    assertThat(wait.judge("BOOK-DDD", catalog, 1)).isEqualTo(new RestockVerdict.Apply());
  }

  @Test
  void a_restock_of_an_unknown_sku_waits_for_its_registration_before_the_last_allowed_delivery() {
    for (int delivery = 1; delivery < 8; delivery++) {
      assertThat(wait.judge("NEW-LAMP", catalog, delivery))
          .isInstanceOf(RestockVerdict.AwaitRegistration.class);
    }
    assertThat(wait.judge("NEW-LAMP", catalog, 3))
        .isEqualTo(
            new RestockVerdict.AwaitRegistration(
                "sku NEW-LAMP is not registered (yet); delivery 3 of 8 waits for its"
                    + " product.registered"));
  }

  @Test
  void a_registration_that_arrives_while_the_restock_waits_lets_its_next_delivery_apply() {
    assertThat(wait.judge("NEW-LAMP", catalog, 1))
        .isInstanceOf(RestockVerdict.AwaitRegistration.class);

    catalog.learn(List.of("NEW-LAMP"));

    assertThat(wait.judge("NEW-LAMP", catalog, 2)).isEqualTo(new RestockVerdict.Apply());
  }

  @Test
  void a_restock_of_a_sku_still_unknown_at_the_last_allowed_delivery_is_rejected_with_its_reason() {
    assertThat(wait.judge("NO-SUCH-SKU", catalog, 8))
        .isEqualTo(
            new RestockVerdict.Reject(
                "sku NO-SUCH-SKU is not a registered product: no product.registered arrived in 8"
                    + " deliveries of the restock"));
  }

  @Test
  void a_delivery_past_the_last_allowed_one_is_rejected_too() {
    // e.g. the broker allows more attempts than the wait, or counted one more after a restart
    assertThat(wait.judge("NO-SUCH-SKU", catalog, 9)).isInstanceOf(RestockVerdict.Reject.class);
  }

  @Test
  void a_wait_of_one_delivery_rejects_an_unknown_sku_at_once() {
    assertThat(new RegistrationWait(1).judge("NO-SUCH-SKU", catalog, 1))
        .isInstanceOf(RestockVerdict.Reject.class);
  }

  @Test
  void a_wait_of_no_delivery_at_all_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new RegistrationWait(0));
  }
}
