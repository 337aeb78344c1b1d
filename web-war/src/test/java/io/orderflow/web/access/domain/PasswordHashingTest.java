package io.orderflow.web.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  private static final String STORED = PasswordHashing.hash("correct horse battery".toCharArray());

  @Test
  void a_password_is_kept_as_pbkdf2_hmac_sha256_at_owasps_600000_iterations_with_a_salt() {
    String[] parts = STORED.split(":");

    assertThat(parts).hasSize(4);
    assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
    assertThat(parts[1]).isEqualTo("600000");
    assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(16);
    assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(32);
    assertThat(STORED).doesNotContain("correct horse battery");
  }

  @Test
  void the_right_password_verifies_and_a_wrong_one_does_not() {
    assertThat(PasswordHashing.verify("correct horse battery".toCharArray(), STORED)).isTrue();
    assertThat(PasswordHashing.verify("correct horse batterY".toCharArray(), STORED)).isFalse();
    assertThat(PasswordHashing.verify("".toCharArray(), STORED)).isFalse();
  }

  @Test
  void the_same_password_hashes_differently_each_time() {
    assertThat(PasswordHashing.hash("correct horse battery".toCharArray())).isNotEqualTo(STORED);
  }

  @Test
  void a_hash_in_another_format_never_verifies() {
    assertThat(PasswordHashing.verify("x".toCharArray(), "plain-text")).isFalse();
    assertThat(PasswordHashing.verify("x".toCharArray(), "MD5:1:AAAA:AAAA")).isFalse();
  }

  /**
   * Measured in turns, after a warm-up, on a machine that may be busy: a missing user costs one
   * full derivation, so the ratio stays near 1 (it would be near 0 if the check stopped early).
   */
  @Test
  void a_user_who_does_not_exist_costs_as_much_time_as_a_wrong_password() {
    List<Long> wrongPassword = new ArrayList<>();
    List<Long> nobody = new ArrayList<>();
    for (int turn = 0; turn < 6; turn++) {
      long start = System.nanoTime();
      PasswordHashing.verify("wrong".toCharArray(), STORED);
      long middle = System.nanoTime();
      PasswordHashing.verifyAgainstNobody("wrong".toCharArray());
      long end = System.nanoTime();
      if (turn > 0) {
        wrongPassword.add(middle - start);
        nobody.add(end - middle);
      }
    }
    long wrong = median(wrongPassword);
    long unknown = median(nobody);

    assertThat((double) unknown / wrong)
        .as("time for an unknown user (%d ns) against a wrong password (%d ns)", unknown, wrong)
        .isBetween(0.5, 2.0);
    assertThat(PasswordHashing.verifyAgainstNobody("anything".toCharArray())).isFalse();
  }

  private static long median(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
