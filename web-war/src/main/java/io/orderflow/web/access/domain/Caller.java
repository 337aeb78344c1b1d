package io.orderflow.web.access.domain;

import java.util.Set;

/**
 * Who makes a request, as the access schema knew them when they were authenticated.
 *
 * @param customers the customers an integrator acts for (empty for staff and admins)
 * @param rateLimitPerSecond the caller's own limit, or null for the platform's default
 */
public record Caller(
    String name, Set<String> roles, Set<String> customers, Integer rateLimitPerSecond) {

  public Caller {
    roles = Set.copyOf(roles);
    customers = Set.copyOf(customers);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role.groupName());
  }

  /** Staff and admins act for every customer; an integrator only for its own. */
  public boolean actsForAnyCustomer() {
    return hasRole(Role.STAFF) || hasRole(Role.ADMIN);
  }

  public boolean mayActFor(String customerId) {
    return actsForAnyCustomer() || customers.contains(customerId);
  }
}
