package io.orderflow.web.api;

/** What a sku may look like wherever the API takes one. */
public final class Skus {

  public static final String PATTERN = "[A-Za-z0-9._-]+";
  public static final String PATTERN_MESSAGE = "may contain only letters, digits, '.', '_' and '-'";

  private Skus() {}
}
