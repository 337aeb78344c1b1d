package io.orderflow.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Reads a JSON number that is a whole int, and nothing else. JSON-B (Yasson) would otherwise read
 * 1.5 as 1 and "7" as 7; a client that sends those has made a mistake we should tell it about.
 */
public class WholeNumber implements JsonbDeserializer<Integer> {

  @Override
  public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = parser.getValue();
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      throw new JsonbException("expected a whole number, got " + value.getValueType());
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new JsonbException("the number is too large", e);
    }
  }
}
