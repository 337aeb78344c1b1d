package io.orderflow.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What a client sees in "violations" when JAX-RS validates a resource method's parameters. */
class ResourceParameterValidationTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final ExecutableValidator VALIDATOR = FACTORY.getValidator().forExecutables();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static List<String> invalidFields(Object resource, Method method, Object... arguments) {
    return VALIDATOR.validateParameters(resource, method, arguments).stream()
        .map(ViolationFields::fieldOf)
        .sorted()
        .toList();
  }

  private static Method method(Class<?> type, String name) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name)) {
        return method;
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void names_fields_of_the_body_without_the_method_and_parameter() {
    PlaceOrderRequest request =
        new PlaceOrderRequest(null, "c-42", List.of(new OrderLineRequest("A", 0)));
    assertThat(invalidFields(new OrdersResource(), method(OrdersResource.class, "place"), request))
        .containsExactly("lines[0].quantity");
  }

  @Test
  void names_a_missing_body_after_its_parameter() {
    assertThat(
            invalidFields(
                new OrdersResource(), method(OrdersResource.class, "place"), (Object) null))
        .containsExactly("request");
  }

  @Test
  void lists_orders_of_the_four_statuses_only() {
    Method list = method(OrdersResource.class, "list");
    assertThat(invalidFields(new OrdersResource(), list, "FULFILLED", null, 0, 20)).isEmpty();
    assertThat(invalidFields(new OrdersResource(), list, null, null, 0, 20)).isEmpty();
    assertThat(invalidFields(new OrdersResource(), list, "SHIPPED", null, 0, 20))
        .containsExactly("status");
  }

  @Test
  void lists_pages_of_1_to_200_orders() {
    Method list = method(OrdersResource.class, "list");
    assertThat(invalidFields(new OrdersResource(), list, null, null, 0, 200)).isEmpty();
    assertThat(invalidFields(new OrdersResource(), list, null, null, 0, 0)).containsExactly("size");
    assertThat(invalidFields(new OrdersResource(), list, null, null, 0, 201))
        .containsExactly("size");
    assertThat(invalidFields(new OrdersResource(), list, null, null, -1, 20))
        .containsExactly("page");
  }

  @Test
  void restocks_only_well_formed_skus() {
    Method restock = method(InventoryResource.class, "restock");
    assertThat(invalidFields(new InventoryResource(), restock, "MUG-ORANGE", new RestockRequest(5)))
        .isEmpty();
    assertThat(invalidFields(new InventoryResource(), restock, "MUG ORANGE", new RestockRequest(5)))
        .containsExactly("sku");
    assertThat(invalidFields(new InventoryResource(), restock, "MUG-ORANGE", new RestockRequest(0)))
        .containsExactly("quantity");
  }
}
