package io.orderflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The demo users {@code ./orderflow start} seeds in profile dev, as it writes them to {@code
 * var/dev-credentials}: one line {@code ROLE: USER / PASSWORD} per user. The bench, the system and
 * the browser tests sign in as the user whose role they need.
 */
public final class DevCredentials {

  /** A user name and password. */
  public record Credential(String user, String password) {

    /** The value of an {@code Authorization} header for HTTP Basic. */
    public String basicAuthorization() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  private DevCredentials() {}

  /** The demo user of the role (staff, admin, integrator); fails if the file does not have it. */
  public static Credential of(String role) {
    Path file = file();
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> line.startsWith(role + ": "))
          .map(line -> line.substring(role.length() + 2).split(" / ", 2))
          .map(parts -> new Credential(parts[0].strip(), parts[1].strip()))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no " + role + " user in " + file));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read " + file + ": start the platform in profile dev (./orderflow start)", e);
    }
  }

  /** {@code $ORDERFLOW_VAR/dev-credentials}, else {@code var/} of this directory or its parent. */
  public static Path file() {
    Optional<Path> var =
        Optional.ofNullable(System.getenv("ORDERFLOW_VAR")).filter(v -> !v.isBlank()).map(Path::of);
    return var.map(v -> v.resolve("dev-credentials"))
        .orElseGet(
            () ->
                Stream.of(Path.of("var"), Path.of("..", "var"))
                    .map(v -> v.resolve("dev-credentials"))
                    .filter(Files::exists)
                    .findFirst()
                    .orElse(Path.of("var", "dev-credentials")));
  }
}
