package io.orderflow.web.access.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: long enough and not one that ships with software or a tutorial. The
 * platform makes the secrets it hands out (resets, integrator credentials) itself, at 192 bits.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /** Known defaults, of this platform and of the parts it runs on. */
  private static final Set<String> KNOWN_DEFAULTS =
      Set.of(
          "admin",
          "staff",
          "orderflow",
          "password",
          "changeit",
          "changeme",
          "postgres",
          "secret",
          "test",
          "artemis",
          "payara",
          "glassfish",
          "adminadmin",
          "integrator",
          "password123",
          "administrator",
          "letmein",
          "123456789012",
          "qwertyuiopas");

  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordPolicy() {}

  /** Why the password is refused, or empty if it is good enough. */
  public static Optional<String> weakness(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("it is not set");
    }
    if (KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT))) {
      return Optional.of("it is a known default");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of("it is shorter than " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("it is longer than " + MAX_LENGTH + " characters");
    }
    return Optional.empty();
  }

  /** A fresh secret of 24 random bytes, as 32 URL-safe characters. */
  public static String generate() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
