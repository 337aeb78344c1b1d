package io.orderflow.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The dead-letter API of this same server ({@code /api/admin/dead-letters}), called over HTTP so
 * that the portal and integrators share one way to repair failures. Empty results mean the API is
 * not there (or not reachable), which the page says plainly.
 */
@ApplicationScoped
public class DeadLetterApi {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final Client client =
      ClientBuilder.newBuilder()
          .connectTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
          .readTimeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
          .build();

  public Optional<JsonArray> list(HttpServletRequest request) {
    return get(deadLetters(request), JsonArray.class);
  }

  public Optional<JsonObject> find(HttpServletRequest request, String messageId) {
    return get(deadLetters(request).path(messageId), JsonObject.class);
  }

  /** True if the API took the replay (202). */
  public boolean replay(HttpServletRequest request, String messageId) {
    return status(() -> deadLetters(request).path(messageId).path("replay").request().post(null))
        == 202;
  }

  /** True if the API discarded the message (204). */
  public boolean discard(HttpServletRequest request, String messageId) {
    return status(() -> deadLetters(request).path(messageId).request().delete()) == 204;
  }

  private WebTarget deadLetters(HttpServletRequest request) {
    return client
        .target("http://localhost:" + request.getLocalPort() + request.getContextPath())
        .path("api/admin/dead-letters");
  }

  private static <T> Optional<T> get(WebTarget target, Class<T> type) {
    try (Response response = target.request(MediaType.APPLICATION_JSON).get()) {
      return response.getStatus() == 200
          ? Optional.of(response.readEntity(type))
          : Optional.empty();
    } catch (ProcessingException e) {
      return Optional.empty();
    }
  }

  private static int status(java.util.function.Supplier<Response> call) {
    try (Response response = call.get()) {
      return response.getStatus();
    } catch (ProcessingException e) {
      return -1;
    }
  }
}
