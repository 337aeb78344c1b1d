package io.orderflow.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One invalid value: where it is in the request ({@code lines[0].quantity}) and what is wrong. */
@JsonbPropertyOrder({"field", "message"})
public class Violation {

  private String field;
  private String message;

  public Violation() {}

  public Violation(String field, String message) {
    this.field = field;
    this.message = message;
  }

  public String getField() {
    return field;
  }

  public String getMessage() {
    return message;
  }
}
