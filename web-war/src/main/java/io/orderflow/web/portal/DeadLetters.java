package io.orderflow.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dead-letter page (admins): parked messages, one in detail with its payload pretty-printed,
 * and replay or discard after a confirmation.
 */
@Named
@ViewScoped
public class DeadLetters implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DeadLetterApi api;
  @Inject HttpServletRequest request;
  @Inject Feedback feedback;

  private transient Optional<JsonArray> parked;
  private transient JsonObject selected;

  /** Null when the dead-letter API is not available. */
  public List<JsonObject> getParked() {
    if (parked == null) {
      parked = api.list();
    }
    return parked.map(array -> array.getValuesAs(JsonObject.class)).orElse(null);
  }

  public boolean isAvailable() {
    return getParked() != null;
  }

  /** The number for the dashboard, or a dash when the API is not available. */
  public String getCountText() {
    List<JsonObject> letters = getParked();
    return letters == null ? feedback.text("deadLetters.unavailable.short") : "" + letters.size();
  }

  public void show(String messageId) {
    selected = api.find(messageId).orElse(null);
    if (selected == null) {
      feedback.error("deadLetters.gone", "deadLetters.gone.detail", messageId);
    }
  }

  public void replay(String messageId) {
    if (api.replay(messageId, request.getRemoteUser())) {
      feedback.info("deadLetters.replayed", "deadLetters.replayed.detail", messageId);
    } else {
      feedback.error("deadLetters.failed", "deadLetters.failed.detail", messageId);
    }
    refresh();
  }

  public void discard(String messageId) {
    if (api.discard(messageId, request.getRemoteUser())) {
      feedback.info("deadLetters.discarded", "deadLetters.discarded.detail", messageId);
    } else {
      feedback.error("deadLetters.failed", "deadLetters.failed.detail", messageId);
    }
    refresh();
  }

  public void refresh() {
    parked = null;
    selected = null;
  }

  public JsonObject getSelected() {
    return selected;
  }

  /** The payload indented, if it is JSON; as it came otherwise. */
  public String getSelectedPayload() {
    if (selected == null || !selected.containsKey("payload")) {
      return "";
    }
    String payload =
        selected.get("payload").getValueType() == JsonValue.ValueType.STRING
            ? selected.getString("payload")
            : selected.get("payload").toString();
    try (var reader = Json.createReader(new StringReader(payload))) {
      JsonValue json = reader.readValue();
      StringWriter out = new StringWriter();
      try (var writer =
          Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
        writer.write(json);
      }
      return out.toString().strip();
    } catch (RuntimeException e) {
      return payload;
    }
  }

  /** A time as the API writes it (ISO-8601), or null. */
  public Instant instant(String isoTime) {
    try {
      return isoTime == null || isoTime.isBlank() ? null : Instant.parse(isoTime);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public List<JsonObject> getSelectedAttempts() {
    return selected == null || !(selected.get("attempts") instanceof JsonArray attempts)
        ? List.of()
        : attempts.getValuesAs(JsonObject.class);
  }
}
