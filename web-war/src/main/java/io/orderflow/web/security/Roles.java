package io.orderflow.web.security;

import io.orderflow.web.access.domain.Role;

/**
 * The role names as constants, for annotations and deployment descriptors ({@link Role} is the
 * model): staff run orders and stock, admins also repair failures and manage accounts, integrators
 * place and read orders of their own customers.
 */
public final class Roles {

  public static final String STAFF = "staff";
  public static final String ADMIN = "admin";
  public static final String INTEGRATOR = "integrator";

  private Roles() {}
}
