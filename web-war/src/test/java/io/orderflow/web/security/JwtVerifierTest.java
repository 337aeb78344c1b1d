package io.orderflow.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer tokens as MicroProfile JWT verifies them, with key pairs made by the test. */
class JwtVerifierTest {

  private static final String ISSUER = "https://idp.example/realms/shops";
  private static final KeyPair KEYS = rsaKeys();
  private static final KeyPair OTHER_KEYS = rsaKeys();

  private final JwtVerifier verifier =
      new JwtVerifier(
          ISSUER, new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).build()));

  @Test
  void a_token_signed_by_the_issuer_names_its_subject() throws Exception {
    assertThat(verifier.subject(token(KEYS, ISSUER, "shop-a", Instant.now().plusSeconds(300))))
        .contains("shop-a");
  }

  @Test
  void a_token_of_another_issuer_is_refused() throws Exception {
    assertThat(verifier.subject(token(KEYS, "https://evil.example", "shop-a", inFiveMinutes())))
        .isEmpty();
  }

  @Test
  void a_token_signed_with_another_key_is_refused() throws Exception {
    assertThat(verifier.subject(token(OTHER_KEYS, ISSUER, "shop-a", inFiveMinutes()))).isEmpty();
  }

  @Test
  void an_expired_token_is_refused() throws Exception {
    assertThat(verifier.subject(token(KEYS, ISSUER, "shop-a", Instant.now().minusSeconds(300))))
        .isEmpty();
  }

  @Test
  void a_token_without_subject_or_expiry_is_refused() throws Exception {
    assertThat(verifier.subject(token(KEYS, ISSUER, null, inFiveMinutes()))).isEmpty();
    assertThat(verifier.subject(token(KEYS, ISSUER, "shop-a", null))).isEmpty();
  }

  @Test
  void an_unsigned_token_is_refused() {
    String unsigned =
        new PlainJWT(
                new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .subject("shop-a")
                    .expirationTime(Date.from(inFiveMinutes()))
                    .build())
            .serialize();

    assertThat(verifier.subject(unsigned)).isEmpty();
  }

  @Test
  void garbage_is_refused() {
    assertThat(verifier.subject("not.a.token")).isEmpty();
    assertThat(verifier.subject("")).isEmpty();
  }

  @Test
  void the_public_key_is_read_from_a_pem_file(@TempDir Path directory) throws Exception {
    Path pem = directory.resolve("issuer.pem");
    Files.writeString(
        pem,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");

    JwtVerifier fromFile = new JwtVerifier(ISSUER, JwtVerifier.keysAt(pem.toString()));

    assertThat(fromFile.subject(token(KEYS, ISSUER, "shop-b", inFiveMinutes()))).contains("shop-b");
  }

  private static String token(KeyPair keys, String issuer, String subject, Instant expiry)
      throws Exception {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject);
    if (expiry != null) {
      claims.expirationTime(Date.from(expiry));
    }
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
    jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
    return jwt.serialize();
  }

  private static Instant inFiveMinutes() {
    return Instant.now().plusSeconds(300);
  }

  private static KeyPair rsaKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
