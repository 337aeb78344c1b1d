package io.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Orders placed and released in the portal, followed live: the page is never reloaded. */
class LiveOrdersIT {

  /** Kept in stock by {@link #keepTheMugInStock}, so an order for one is fulfilled at once. */
  private static final String WELL_STOCKED_SKU = "MUG-ORANGE";

  private static final Pattern ORDER_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private Portal portal;

  /**
   * Earlier runs on the same database may have used the seeded stock up: restock (releasing any
   * older backorders first) until a few units are free.
   */
  @BeforeAll
  static void keepTheMugInStock() throws Exception {
    for (int attempt = 0; attempt < 20 && available(WELL_STOCKED_SKU) < 5; attempt++) {
      post(
          "/api/inventory/" + WELL_STOCKED_SKU + "/restock",
          "{\"quantity\": 50, \"restockId\": \"" + UUID.randomUUID() + "\"}");
      Thread.sleep(1_000);
    }
    assertThat(available(WELL_STOCKED_SKU))
        .as("free units of " + WELL_STOCKED_SKU)
        .isGreaterThanOrEqualTo(5);
  }

  private static int available(String sku) throws IOException, InterruptedException {
    String products =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Portal.BASE_URL + "/api/products"))
                    .header("Authorization", Portal.STAFF.basicAuthorization())
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher product =
        Pattern.compile("\"sku\":\"" + sku + "\"[^}]*\"available\":(\\d+)").matcher(products);
    return product.find() ? Integer.parseInt(product.group(1)) : 0;
  }

  @BeforeEach
  void signIn() {
    portal = new Portal();
    portal.login(Portal.STAFF_USER, Portal.STAFF_PASSWORD);
    portal.waitFor(By.id("dashboardForm:figures"));
  }

  @AfterEach
  void closeBrowser() {
    portal.close();
  }

  @Test
  void a_placed_order_turns_fulfilled_without_a_reload() {
    portal.waitFor(By.id("menuForm:menuPlaceOrder")).click();
    portal.waitFor(By.id("placeOrderForm:customerId"));
    portal.markPage();

    String orderId = placeOrder("browser-" + UUID.randomUUID(), WELL_STOCKED_SKU, 1);

    waitForStatus("span.order-status", orderId, "FULFILLED");
    portal.screenshot("order-fulfilled-live");
    assertThat(portal.pageWasNotReloaded()).isTrue();

    portal.click(By.linkText(orderId));
    portal
        .waiting(Portal.PATIENCE)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("detailStatus"), "FULFILLED"));
    assertThat(
            portal.driver.findElements(
                By.cssSelector("#detailForm\\:timeline .ui-chronoline-event")))
        .as("the timeline shows the order's events")
        .hasSizeGreaterThanOrEqualTo(2);
    portal.screenshot("order-detail");
  }

  @Test
  void a_backordered_order_is_released_by_a_restock() {
    portal.open("/portal/products.xhtml");
    portal.waitFor(By.id("productsForm:products"));
    // read again if a push update re-renders the table while we read it
    Map.Entry<String, Integer> scarcest =
        portal
            .waiting(Portal.PATIENCE)
            .until(
                driver ->
                    driver
                        .findElements(By.cssSelector("#productsForm\\:products span.available"))
                        .stream()
                        .map(
                            available ->
                                Map.entry(
                                    available.getAttribute("data-sku"),
                                    Integer.parseInt(available.getText().trim())))
                        .filter(available -> available.getValue() < 1000)
                        .min(Map.Entry.comparingByValue())
                        .orElseThrow(
                            () -> new AssertionError("no product with fewer than 1000 units")));
    String sku = scarcest.getKey();
    int quantity = scarcest.getValue() + 1;

    portal.open("/portal/orders.xhtml");
    String orderId = placeOrder("browser-backorder-" + UUID.randomUUID(), sku, quantity);
    waitForStatus("span.order-status", orderId, "BACKORDERED");
    portal.screenshot("order-backordered");

    portal.open("/portal/products.xhtml");
    portal.markPage();
    waitForStatus("span.backorder-status", orderId, "BACKORDERED");
    portal.click(
        By.xpath(
            "//span[contains(@class,'available') and @data-sku='"
                + sku
                + "']/ancestor::tr[1]//button[substring(@id, string-length(@id) - 7) = ':restock']"));
    portal.type(By.id("restockForm:restockQuantity_input"), String.valueOf(quantity * 2));
    portal.screenshot("restock-dialog");
    portal.driver.findElement(By.id("restockForm:sendRestock")).click();

    waitForStatus("span.backorder-status", orderId, "FULFILLED");
    portal.screenshot("backorder-released-live");
    assertThat(portal.pageWasNotReloaded()).isTrue();
  }

  @Test
  void the_dashboard_counts_move_as_orders_are_fulfilled() throws Exception {
    By fulfilled = By.cssSelector(".count-FULFILLED");
    long before = Long.parseLong(portal.waitFor(fulfilled).getText().trim());
    portal.markPage();

    placeOrderThroughTheApi("browser-dashboard-" + UUID.randomUUID(), WELL_STOCKED_SKU);

    portal
        .waiting(Portal.PATIENCE)
        .until(driver -> Long.parseLong(driver.findElement(fulfilled).getText().trim()) > before);
    portal.screenshot("dashboard-counts-moved");
    assertThat(portal.pageWasNotReloaded()).isTrue();
  }

  /** Fills in the place-order dialog and returns the id the growl message names. */
  private String placeOrder(String customerId, String sku, int quantity) {
    if (!portal.driver.findElement(By.id("placeOrderForm:customerId")).isDisplayed()) {
      portal.waitFor(By.id("ordersForm:openPlaceOrder")).click();
    }
    portal.type(By.id("placeOrderForm:customerId"), customerId);
    portal.script(
        "PrimeFaces.getWidgetById('placeOrderForm:product').selectValue(arguments[0]);", sku);
    portal.type(By.id("placeOrderForm:quantity_input"), String.valueOf(quantity));
    portal.screenshot("place-order-dialog");
    portal.driver.findElement(By.id("placeOrderForm:place")).click();

    WebElement growl =
        portal
            .waiting(Portal.PATIENCE)
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
    portal
        .waiting(Portal.PATIENCE)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-growl-message"), "We're processing your order"));
    Matcher id = ORDER_ID.matcher(growl.getText());
    assertThat(id.find()).as("the growl names the order: %s", growl.getText()).isTrue();
    return id.group();
  }

  private void waitForStatus(String statusCss, String orderId, String status) {
    By statusOfOrder = By.cssSelector(statusCss + "[data-order='" + orderId + "']");
    portal
        .waiting(Portal.PATIENCE)
        .until(ExpectedConditions.textToBePresentInElementLocated(statusOfOrder, status));
  }

  private static void placeOrderThroughTheApi(String customerId, String sku)
      throws IOException, InterruptedException {
    post(
        "/api/orders",
        "{\"customerId\": \""
            + customerId
            + "\", \"lines\": [{\"sku\": \""
            + sku
            + "\", \"quantity\": 1}]}");
  }

  private static void post(String path, String body) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Portal.BASE_URL + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", Portal.STAFF.basicAuthorization())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
  }
}
