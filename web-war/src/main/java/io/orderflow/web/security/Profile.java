package io.orderflow.web.security;

import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How strict the platform is: {@code prod} unless {@code ORDERFLOW_PROFILE} says {@code dev}. Only
 * dev seeds the demo users; prod sends HSTS and Secure cookies.
 */
public enum Profile {
  DEV,
  PROD;

  public static Profile current() {
    String name =
        ConfigProvider.getConfig()
            .getOptionalValue("orderflow.profile", String.class)
            .orElse("prod")
            .strip()
            .toLowerCase(Locale.ROOT);
    return name.equals("dev") ? DEV : PROD;
  }
}
