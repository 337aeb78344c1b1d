package io.orderflow.web.access.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords kept as PBKDF2-HMAC-SHA256 at OWASP's recommended 600,000 iterations (Password Storage
 * Cheat Sheet), with a random 16-byte salt, in the format Jakarta Security's Pbkdf2PasswordHash
 * writes: {@code algorithm:iterations:salt:hash}. The JDK's own PBKDF2 does the work.
 *
 * <p>A check against no account costs one full derivation too, so a wrong user name takes as long
 * to refuse as a wrong password.
 */
public final class PasswordHashing {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  public static final int ITERATIONS = 600_000;
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getEncoder();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  /** Stands in for a missing account's hash; no password derives to it. */
  private static final String NOBODY = ALGORITHM + ":" + ITERATIONS + ":" + salt() + ":AAAA";

  private PasswordHashing() {}

  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return format(ITERATIONS, salt, derive(password, salt, ITERATIONS, KEY_BITS));
  }

  /** True if the password derives to the stored hash; compares in constant time. */
  public static boolean verify(char[] password, String stored) {
    String[] parts = stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    byte[] salt = DECODER.decode(parts[2]);
    byte[] expected = DECODER.decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]), KEY_BITS);
    return MessageDigest.isEqual(expected, actual);
  }

  /** The same work as {@link #verify} for a user who does not exist; always false. */
  public static boolean verifyAgainstNobody(char[] password) {
    verify(password, NOBODY);
    return false;
  }

  /** True if the hash was made with fewer iterations than today's, so it should be renewed. */
  public static boolean isOutdated(String stored) {
    String[] parts = stored.split(":");
    return parts.length != 4 || Integer.parseInt(parts[1]) < ITERATIONS;
  }

  private static String salt() {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return ENCODER.encodeToString(salt);
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + ENCODER.encodeToString(salt)
        + ":"
        + ENCODER.encodeToString(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
