package io.orderflow.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bearer tokens of the integrators' identity provider, configured as MicroProfile JWT is: {@code
 * MP_JWT_VERIFY_ISSUER} and {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}. Without both, no bearer token
 * is accepted.
 */
@ApplicationScoped
public class BearerTokens {

  private static final Logger LOG = Logger.getLogger(BearerTokens.class.getName());

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.publickey.location")
  Optional<String> publicKeyLocation;

  private Optional<JwtVerifier> verifier = Optional.empty();

  @PostConstruct
  void loadKey() {
    if (issuer.isEmpty() || publicKeyLocation.isEmpty()) {
      return;
    }
    try {
      verifier =
          Optional.of(new JwtVerifier(issuer.get(), JwtVerifier.keysAt(publicKeyLocation.get())));
    } catch (Exception e) {
      LOG.log(
          Level.SEVERE,
          "Bearer tokens are refused: the key at MP_JWT_VERIFY_PUBLICKEY_LOCATION cannot be read ({0})",
          e.getClass().getSimpleName());
    }
  }

  public boolean accepted() {
    return verifier.isPresent();
  }

  /** The subject of a valid token. */
  public Optional<String> subject(String token) {
    return verifier.flatMap(v -> v.subject(token));
  }
}
