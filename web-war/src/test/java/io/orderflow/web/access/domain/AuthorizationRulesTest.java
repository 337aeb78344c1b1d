package io.orderflow.web.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may act for which customer, as the order routes ask. */
class AuthorizationRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

  @Test
  void staff_act_for_every_customer() {
    Caller staff = Account.person("sam", Role.STAFF, "hash", NOW).asCaller();

    assertThat(staff.mayActFor("c-1")).isTrue();
    assertThat(staff.mayActFor("anyone")).isTrue();
    assertThat(staff.hasRole(Role.ADMIN)).isFalse();
  }

  @Test
  void an_admin_is_staff_too() {
    Caller admin = Account.person("ada", Role.ADMIN, "hash", NOW).asCaller();

    assertThat(admin.roles()).containsExactlyInAnyOrder("admin", "staff");
    assertThat(admin.mayActFor("c-9")).isTrue();
  }

  @Test
  void an_integrator_acts_only_for_its_own_customers() {
    Caller integrator = Account.integrator("shop-a", List.of("c-1", "c-2"), "hash", NOW).asCaller();

    assertThat(integrator.mayActFor("c-1")).isTrue();
    assertThat(integrator.mayActFor("c-2")).isTrue();
    assertThat(integrator.mayActFor("c-3")).isFalse();
    assertThat(integrator.actsForAnyCustomer()).isFalse();
    assertThat(integrator.roles()).containsExactly("integrator");
  }

  @Test
  void an_integrator_without_customers_cannot_exist() {
    assertThatThrownBy(() -> Account.integrator("shop-a", List.of(), "hash", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Account.integrator("shop-a", List.of(" "), "hash", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_person_cannot_be_created_as_an_integrator() {
    assertThatThrownBy(() -> Account.person("sam", Role.INTEGRATOR, "hash", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void account_names_are_plain() {
    assertThat(AccountName.isValid("shop-a.eu_1")).isTrue();
    assertThat(AccountName.isValid("Shop")).isFalse();
    assertThat(AccountName.isValid("a")).isFalse();
    assertThat(AccountName.isValid("<script>")).isFalse();
    assertThat(AccountName.isValid("x".repeat(65))).isFalse();
  }

  @Test
  void a_disabled_account_keeps_its_roles_but_says_so() {
    Account account = Account.person("sam", Role.STAFF, "hash", NOW);
    account.disable(NOW.plusSeconds(1));

    assertThat(account.isEnabled()).isFalse();
    assertThat(account.changedAt()).isEqualTo(NOW.plusSeconds(1));
    assertThat(account.asCaller().roles()).isEqualTo(Set.of("staff"));
  }

  @Test
  void a_rate_limit_is_at_least_one_request_per_second() {
    Account integrator = Account.integrator("shop-a", List.of("c-1"), "hash", NOW);

    integrator.limitRate(5, NOW);
    assertThat(integrator.asCaller().rateLimitPerSecond()).isEqualTo(5);
    assertThatThrownBy(() -> integrator.limitRate(0, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
