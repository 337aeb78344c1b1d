package io.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The session id a browser had before signing in is worth nothing after it, and text that came from
 * outside (a customer id, a parked message's payload) is shown as text, never run.
 */
class SessionAndEscapingIT {

  private static final String SCRIPT = "<script>window.orderflowInjected = true;</script>";

  private Portal portal;

  @BeforeEach
  void openBrowser() {
    portal = new Portal();
  }

  @AfterEach
  void closeBrowser() {
    portal.close();
  }

  @Test
  void the_session_id_changes_at_login() {
    portal.open("/login.xhtml");
    portal.waitFor(By.id("loginForm:username"));
    Cookie before = portal.driver.manage().getCookieNamed("JSESSIONID");
    assertThat(before).as("the login page's session").isNotNull();

    portal.login(Portal.STAFF_USER, Portal.STAFF_PASSWORD);
    portal.waitFor(By.id("dashboardForm:figures"));

    Cookie after = portal.driver.manage().getCookieNamed("JSESSIONID");
    assertThat(after.getValue()).isNotEqualTo(before.getValue());
    assertThat(after.isHttpOnly()).isTrue();
    assertThat(after.getSameSite()).isEqualToIgnoringCase("Strict");
  }

  @Test
  void a_customer_id_holding_a_script_is_shown_as_text() throws Exception {
    UUID orderId = UUID.randomUUID();
    String customer = "x" + SCRIPT;
    placeOrder(orderId, customer);
    portal.login(Portal.STAFF_USER, Portal.STAFF_PASSWORD);
    portal.waitFor(By.id("dashboardForm:figures"));

    portal
        .waiting(Portal.PATIENCE)
        .until(
            driver -> {
              portal.open("/portal/order.xhtml?id=" + orderId);
              return driver.findElement(By.tagName("body")).getText().contains(SCRIPT);
            });

    portal.screenshot("script-in-customer-id");
    assertThat(portal.script("return window.orderflowInjected === true;")).isEqualTo(false);
  }

  @Test
  void a_parked_payload_holding_a_script_is_shown_as_text() throws Exception {
    UUID messageId = UUID.randomUUID();
    Broker.sendUnreadableOrderCreate(messageId, "{\"note\": \"" + SCRIPT + "\", \"lines\": [");
    portal.login(Portal.ADMIN_USER, Portal.ADMIN_PASSWORD);
    portal.waitFor(By.id("dashboardForm:figures"));
    By parked = By.cssSelector("span.dead-letter[data-message='" + messageId + "']");

    portal.open("/portal/admin/dead-letters.xhtml");
    portal
        .waiting(Portal.PATIENCE)
        .until(
            driver -> {
              if (!driver.findElements(parked).isEmpty()) {
                return true;
              }
              driver.findElement(By.id("deadLettersForm:refresh")).click();
              return false;
            });
    portal
        .driver
        .findElement(parked)
        .findElement(By.xpath("ancestor::tr[1]"))
        .findElement(By.cssSelector("button.show"))
        .click();
    portal
        .waiting(Portal.PATIENCE)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("pre.payload"), SCRIPT));

    portal.screenshot("script-in-parked-payload");
    assertThat(portal.script("return window.orderflowInjected === true;")).isEqualTo(false);
  }

  private static void placeOrder(UUID orderId, String customerId) throws Exception {
    String body =
        """
        {"orderId": "%s", "customerId": "%s", "lines": [{"sku": "BOOK-DDD", "quantity": 1}]}"""
            .formatted(orderId, customerId);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Portal.BASE_URL + "/api/orders"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", Portal.STAFF.basicAuthorization())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
  }
}
