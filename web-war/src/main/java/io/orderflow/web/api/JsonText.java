package io.orderflow.web.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Reads a JSON string, and nothing else. JSON-B (Yasson) would otherwise read the number 42 as the
 * text "42"; a client that sends a number for a name has made a mistake we should tell it about.
 */
public class JsonText implements JsonbDeserializer<String> {

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = parser.getValue();
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonString text)) {
      throw new JsonbException("expected a string, got " + value.getValueType());
    }
    return text.getString();
  }
}
