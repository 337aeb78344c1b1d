package io.orderflow.web.access.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a caller may do; each role is a group of the same name for the container. */
public enum Role {
  /** Places orders for any customer and restocks. */
  STAFF("staff"),
  /** Everything staff may, and repairs failures and manages accounts. */
  ADMIN("admin"),
  /** An integrator's system: orders for its own customers only. */
  INTEGRATOR("integrator");

  private final String groupName;

  Role(String groupName) {
    this.groupName = groupName;
  }

  public String groupName() {
    return groupName;
  }

  public static Optional<Role> named(String name) {
    return Arrays.stream(values()).filter(role -> role.groupName.equals(name)).findFirst();
  }
}
