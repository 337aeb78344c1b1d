package io.orderflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.orderflow.web.access.domain.Caller;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;
  private final CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), ticker);
  private final Caller sam = new Caller("sam", Set.of("staff"), Set.of(), null);

  @Test
  void a_checked_credential_is_remembered_by_name_and_password_together() {
    cache.remember("sam", "secret-one".toCharArray(), Optional.of(sam));

    assertThat(cache.find("sam", "secret-one".toCharArray())).contains(Optional.of(sam));
    assertThat(cache.find("sam", "secret-two".toCharArray())).isEmpty();
    assertThat(cache.find("sammy", "secret-one".toCharArray())).isEmpty();
  }

  @Test
  void a_refusal_is_remembered_too() {
    cache.remember("sam", "wrong".toCharArray(), Optional.empty());

    assertThat(cache.find("sam", "wrong".toCharArray())).contains(Optional.empty());
  }

  @Test
  void what_is_remembered_expires_after_its_time_to_live() {
    cache.remember("sam", "secret-one".toCharArray(), Optional.of(sam));

    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(cache.find("sam", "secret-one".toCharArray())).isPresent();
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(cache.find("sam", "secret-one".toCharArray())).isEmpty();
  }

  @Test
  void a_changed_account_is_forgotten_at_once_and_only_it() {
    Caller ada = new Caller("ada", Set.of("admin", "staff"), Set.of(), null);
    cache.remember("sam", "secret-one".toCharArray(), Optional.of(sam));
    cache.remember("sam", "wrong".toCharArray(), Optional.empty());
    cache.remember("ada", "secret-ada".toCharArray(), Optional.of(ada));

    cache.forget("sam");

    assertThat(cache.find("sam", "secret-one".toCharArray())).isEmpty();
    assertThat(cache.find("sam", "wrong".toCharArray())).isEmpty();
    assertThat(cache.find("ada", "secret-ada".toCharArray())).contains(Optional.of(ada));
  }

  @Test
  void two_caches_never_share_keys_so_a_key_reveals_nothing_outside_its_instance() {
    CredentialCache other = new CredentialCache(Duration.ofSeconds(60), ticker);
    other.remember("sam", "secret-one".toCharArray(), Optional.of(sam));

    assertThat(cache.find("sam", "secret-one".toCharArray())).isEmpty();
  }
}
