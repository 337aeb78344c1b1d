package io.orderflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Who may enter the portal, and where. */
class LoginIT {

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
  void a_staff_user_signs_in_and_sees_the_dashboard() {
    portal.login(Portal.STAFF_USER, Portal.STAFF_PASSWORD);

    portal.waitFor(By.id("dashboardForm:figures"));
    portal.screenshot("login-dashboard");
    assertThat(portal.driver.getCurrentUrl()).contains("/portal/dashboard.xhtml");
    assertThat(portal.driver.findElement(By.id("menuForm:currentUser")).getText())
        .isEqualTo(Portal.STAFF_USER);
    assertThat(portal.driver.findElements(By.id("menuForm:menuDeadLetters")))
        .as("dead letters are for admins only")
        .isEmpty();
  }

  @Test
  void a_wrong_password_is_refused_with_a_message() {
    portal.login(Portal.STAFF_USER, Portal.STAFF_PASSWORD + "-wrong");

    portal.waitFor(By.id("loginForm:messages"));
    portal
        .waiting(Portal.PATIENCE)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("loginForm:messages"), "wrong"));
    portal.screenshot("login-wrong-password");
    assertThat(portal.driver.getCurrentUrl()).doesNotContain("/portal/");

    portal.open("/portal/dashboard.xhtml");
    portal.waitFor(By.id("loginForm:username"));
    assertThat(portal.driver.getCurrentUrl()).as("still not signed in").contains("/login.xhtml");
  }

  @Test
  void a_staff_user_is_denied_an_admin_page() {
    portal.login(Portal.STAFF_USER, Portal.STAFF_PASSWORD);
    portal.waitFor(By.id("dashboardForm:figures"));

    portal.open("/portal/admin/dead-letters.xhtml");

    portal.waitFor(By.id("problemText"));
    portal.screenshot("staff-denied-admin-page");
    assertThat(portal.driver.getPageSource()).contains("Not allowed");
  }

  @Test
  void an_admin_sees_the_dead_letter_page() {
    portal.login(Portal.ADMIN_USER, Portal.ADMIN_PASSWORD);
    portal.waitFor(By.id("dashboardForm:figures"));

    portal.driver.findElement(By.id("menuForm:menuDeadLetters")).click();

    portal.waitFor(By.id("deadLettersForm:letters"));
    portal.screenshot("admin-dead-letters");
    assertThat(portal.driver.getCurrentUrl()).contains("/portal/admin/dead-letters.xhtml");
  }

  @Test
  void an_ajax_action_after_the_session_ended_leads_to_the_login_page() {
    portal.login(Portal.STAFF_USER, Portal.STAFF_PASSWORD);
    portal.waitFor(By.id("dashboardForm:figures"));
    portal.open("/portal/orders.xhtml");
    portal.waitFor(By.id("ordersForm:search"));

    portal.driver.manage().deleteCookieNamed("JSESSIONID");
    portal.driver.findElement(By.id("ordersForm:search")).click();

    portal.waitFor(By.id("loginForm:username"));
    assertThat(portal.driver.getCurrentUrl()).contains("/login.xhtml");
  }

  @Test
  void logging_out_asks_for_a_login_again() {
    portal.login(Portal.STAFF_USER, Portal.STAFF_PASSWORD);
    portal.waitFor(By.id("menuForm:logout")).click();

    portal.waitFor(By.id("loginForm:username"));
    portal.open("/portal/orders.xhtml");
    portal.waitFor(By.id("loginForm:username"));
    assertThat(portal.driver.getCurrentUrl()).contains("/login.xhtml");
  }
}
