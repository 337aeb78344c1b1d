package io.orderflow.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's two demo users, configured rather than stored: the web module may not write to the
 * database (it changes state only through commands), so it cannot create a users table. Passwords
 * are kept only as PBKDF2 hashes, computed at startup, and checked at login.
 */
@ApplicationScoped
public class PortalUsers implements IdentityStore {

  @Inject
  @ConfigProperty(name = "orderflow.portal.staff-user", defaultValue = "staff")
  String staffUser;

  @Inject
  @ConfigProperty(name = "orderflow.portal.staff-password", defaultValue = "staff")
  String staffPassword;

  @Inject
  @ConfigProperty(name = "orderflow.portal.admin-user", defaultValue = "admin")
  String adminUser;

  @Inject
  @ConfigProperty(name = "orderflow.portal.admin-password", defaultValue = "admin")
  String adminPassword;

  @Inject Pbkdf2PasswordHash passwordHash;

  private Map<String, User> users;

  private record User(String passwordHash, Set<String> roles) {}

  @PostConstruct
  void hashPasswords() {
    passwordHash.initialize(Map.of());
    users =
        Map.of(
            staffUser,
            new User(passwordHash.generate(staffPassword.toCharArray()), Set.of(Roles.STAFF)),
            adminUser,
            new User(
                passwordHash.generate(adminPassword.toCharArray()),
                Set.of(Roles.STAFF, Roles.ADMIN)));
    staffPassword = null;
    adminPassword = null;
  }

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    User user = users.get(login.getCaller());
    if (user == null || !passwordHash.verify(login.getPassword().getValue(), user.passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(login.getCaller(), user.roles());
  }
}
