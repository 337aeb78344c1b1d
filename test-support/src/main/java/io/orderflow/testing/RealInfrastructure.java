package io.orderflow.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes the broker and the test database available before Arquillian starts Payara Micro. List it
 * before {@code ArquillianExtension} so that it runs first.
 */
public class RealInfrastructure implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    TestBroker.start();
    TestDatabase.ensureExists();
  }
}
