package io.orderflow.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The integrators' API: resources and problem mappers in this package are found by scanning. Every
 * resource says who may call it with {@code @RolesAllowed}, which Jersey's
 * RolesAllowedDynamicFeature enforces ({@code 403}, as problem details through {@link
 * WebApplicationExceptionMapper}).
 */
@ApplicationPath("api")
public class OrderflowApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
  }
}
