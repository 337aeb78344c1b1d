package io.orderflow.web.portal;

import io.orderflow.web.api.admin.DeadLetterDesk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.Optional;

/**
 * The dead-letter desk, called in process as the signed-in admin, so that every replay and discard
 * is audited with their name. Its answers are shown as the API shows them (JSON), so the page reads
 * the same fields an integrator's script would.
 */
@ApplicationScoped
public class DeadLetterApi {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Inject DeadLetterDesk desk;

  public Optional<JsonArray> list() {
    return Optional.of(json(desk.list()).asJsonArray());
  }

  public Optional<JsonObject> find(String messageId) {
    return desk.find(messageId).map(details -> json(details).asJsonObject());
  }

  public boolean replay(String messageId, String admin) {
    return desk.replay(messageId, admin);
  }

  public boolean discard(String messageId, String admin) {
    return desk.discard(messageId, admin);
  }

  private static jakarta.json.JsonValue json(Object value) {
    try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(value)))) {
      return reader.readValue();
    }
  }
}
