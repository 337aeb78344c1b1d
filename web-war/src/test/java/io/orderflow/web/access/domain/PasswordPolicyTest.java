package io.orderflow.web.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"admin", "staff", "orderflow", "changeit", "Password", "POSTGRES"})
  void a_known_default_is_refused_whatever_its_case(String password) {
    assertThat(PasswordPolicy.weakness(password)).contains("it is a known default");
  }

  @Test
  void a_password_under_twelve_characters_is_refused() {
    assertThat(PasswordPolicy.weakness("k8#mQ2vL9x!")).contains("it is shorter than 12 characters");
  }

  @Test
  void an_unset_password_is_refused() {
    assertThat(PasswordPolicy.weakness(null)).contains("it is not set");
    assertThat(PasswordPolicy.weakness("")).contains("it is not set");
  }

  @Test
  void a_long_uncommon_password_is_accepted() {
    assertThat(PasswordPolicy.weakness("tawny-otter-57-lantern")).isEmpty();
  }

  @Test
  void a_generated_secret_is_accepted_and_never_repeats() {
    String secret = PasswordPolicy.generate();

    assertThat(secret).hasSize(32).matches("[A-Za-z0-9_-]+");
    assertThat(PasswordPolicy.weakness(secret)).isEmpty();
    assertThat(PasswordPolicy.generate()).isNotEqualTo(secret);
  }
}
