package io.orderflow.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The integrators' API: resources and problem mappers in this package are found by scanning. */
@ApplicationPath("api")
public class OrderflowApi extends Application {}
