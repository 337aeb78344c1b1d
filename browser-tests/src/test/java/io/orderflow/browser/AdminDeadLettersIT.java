package io.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An admin repairs what failed: a parked message, looked at and replayed from the portal. */
class AdminDeadLettersIT {

  private Portal portal;

  @BeforeEach
  void signIn() {
    portal = new Portal();
    portal.login(Portal.ADMIN_USER, Portal.ADMIN_PASSWORD);
    portal.waitFor(By.id("dashboardForm:figures"));
  }

  @AfterEach
  void closeBrowser() {
    portal.close();
  }

  @Test
  void an_admin_replays_a_dead_lettered_message() throws Exception {
    UUID messageId = UUID.randomUUID();
    Broker.sendUnreadableOrderCreate(messageId);
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
    WebElement row = portal.driver.findElement(parked).findElement(By.xpath("ancestor::tr[1]"));
    row.findElement(By.cssSelector("button.show")).click();
    portal.waitFor(By.cssSelector("pre.payload"));
    portal.screenshot("dead-letter-detail");

    row = portal.driver.findElement(parked).findElement(By.xpath("ancestor::tr[1]"));
    row.findElement(By.cssSelector("button.replay")).click();
    portal.waitFor(By.cssSelector(".ui-confirmdialog-yes"));
    portal.screenshot("dead-letter-replay-confirm");
    portal.driver.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();

    portal
        .waiting(Portal.PATIENCE)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-growl-message"), "Replayed"));
    portal.screenshot("dead-letter-replayed");
    assertThat(portal.driver.findElement(By.cssSelector(".ui-growl-message")).getText())
        .contains(messageId.toString());
  }
}
