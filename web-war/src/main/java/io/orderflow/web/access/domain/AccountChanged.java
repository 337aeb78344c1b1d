package io.orderflow.web.access.domain;

/** Something about an account changed: what was cached about it must be read again. */
public record AccountChanged(String name) {}
