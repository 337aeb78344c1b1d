package io.orderflow.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.orderflow.web.access.domain.Caller;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The outcome of checking a user name and password, kept briefly so that an API client sending HTTP
 * Basic on every request costs one PBKDF2 derivation per {@code timeToLive}, not one per request.
 * Keyed by an HMAC of the credential under a key made at start and never stored, so the cache holds
 * nothing a password could be recovered from faster than by PBKDF2. A refusal is kept too: the same
 * wrong guess sent again is answered at once and counts once.
 *
 * <p>An account's entries are dropped when it changes on this instance; another instance sees the
 * change once its entries expire, so {@code timeToLive} bounds how long a disabled account or an
 * old password keeps working across a cluster.
 */
public class CredentialCache {

  private record Entry(String name, Optional<Caller> caller) {}

  private final Cache<String, Entry> entries;
  private final SecretKeySpec key;

  public CredentialCache(Duration timeToLive, Ticker ticker) {
    this.entries =
        Caffeine.newBuilder()
            .expireAfterWrite(timeToLive)
            .maximumSize(50_000)
            .ticker(ticker)
            .build();
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.key = new SecretKeySpec(random, "HmacSHA256");
  }

  /** Empty if the credential was not checked recently; else the caller, or empty for refused. */
  public Optional<Optional<Caller>> find(String name, char[] password) {
    Entry entry = entries.getIfPresent(keyOf(name, password));
    return entry == null ? Optional.empty() : Optional.of(entry.caller());
  }

  public void remember(String name, char[] password, Optional<Caller> caller) {
    entries.put(keyOf(name, password), new Entry(name, caller));
  }

  public void forget(String name) {
    entries.asMap().values().removeIf(entry -> entry.name().equals(name));
  }

  private String keyOf(String name, char[] password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(name.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      mac.update(bytes);
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
