package io.orderflow.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Names the field of a violation as the client wrote it ({@code lines[0].quantity}), without the
 * Java method and parameter it was validated through.
 */
final class ViolationFields {

  private ViolationFields() {}

  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = "";
    for (Path.Node node : violation.getPropertyPath()) {
      ElementKind kind = node.getKind();
      if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (kind == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.isInIterable()) {
        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey());
        field.append(']');
      }
      if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.isEmpty() ? parameter : field.toString();
  }

  /** A violated return value is our bug, not the client's. */
  static boolean isOnReturnValue(ConstraintViolation<?> violation) {
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }
}
