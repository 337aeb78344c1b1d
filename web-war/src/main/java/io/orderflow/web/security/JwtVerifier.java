package io.orderflow.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a bearer token as MicroProfile JWT says: a signed JWT (RS256 or ES256) whose signature
 * checks with the configured public key, whose {@code iss} is the configured issuer, with {@code
 * exp} in the future and a {@code sub}. The subject names the account. Nimbus JOSE+JWT does the
 * cryptography and the claim checks (with a minute's clock skew).
 */
public class JwtVerifier {

  private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

  public JwtVerifier(String issuer, JWKSet keys) {
    processor.setJWSKeySelector(
        new JWSVerificationKeySelector<>(
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), new ImmutableJWKSet<>(keys)));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iss")));
  }

  /** The token's subject, if the token is valid. */
  public Optional<String> subject(String token) {
    try {
      return Optional.ofNullable(processor.process(token, null).getSubject());
    } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The verification key from a file (a path or a {@code file:} URL) holding a PEM public key, a
   * JWK or a JWK set, as {@code mp.jwt.verify.publickey.location} may name.
   */
  public static JWKSet keysAt(String location) throws IOException, ParseException {
    Path file = Path.of(location.startsWith("file:") ? location.substring(5) : location);
    String text = Files.readString(file).strip();
    if (text.startsWith("{")) {
      return text.contains("\"keys\"") ? JWKSet.parse(text) : new JWKSet(JWK.parse(text));
    }
    return new JWKSet(fromPem(text));
  }

  private static JWK fromPem(String pem) throws ParseException {
    byte[] der =
        Base64.getMimeDecoder()
            .decode(pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").strip());
    for (String algorithm : List.of("RSA", "EC")) {
      try {
        PublicKey key =
            KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
        if (key instanceof RSAPublicKey rsa) {
          return new com.nimbusds.jose.jwk.RSAKey.Builder(rsa).build();
        }
        if (key instanceof ECPublicKey ec) {
          return new com.nimbusds.jose.jwk.ECKey.Builder(
                  com.nimbusds.jose.jwk.Curve.forECParameterSpec(ec.getParams()), ec)
              .build();
        }
      } catch (GeneralSecurityException e) {
        // not a key of this algorithm: try the next
      }
    }
    throw new ParseException("not an RSA or EC public key in PEM", 0);
  }
}
