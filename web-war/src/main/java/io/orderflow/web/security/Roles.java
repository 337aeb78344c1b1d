package io.orderflow.web.security;

/** The portal's roles: staff run orders and stock; admins can also repair what failed. */
public final class Roles {

  public static final String STAFF = "staff";
  public static final String ADMIN = "admin";

  private Roles() {}
}
