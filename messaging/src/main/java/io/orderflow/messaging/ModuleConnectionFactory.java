package io.orderflow.messaging;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The connection factory of the module a call comes from, logging in as that module's broker user.
 *
 * <p>Each module binds its own factory under {@link MessageSender#CONNECTION_FACTORY} and {@link
 * BatchReceiver#CONNECTION_FACTORY} in its {@code java:module} namespace, and names its broker user
 * under {@link #BROKER_USER}. The beans of this library are shared by every module of the EAR, so
 * an injected factory would be the first caller's for all: they look it up in the calling module's
 * namespace instead, once per module.
 *
 * <p>The module signs on itself: the Artemis adapter's outbound factory takes no user of its own
 * (its pool properties set none), only one passed to {@code createConnection(user, password)} or
 * the adapter's default. The password is the Payara password alias {@code
 * orderflow-broker-password-<user>}, which MicroProfile Config reads ({@code ./orderflow} sets it).
 * A module that names no user (a test archive, whose broker runs without security) signs on with
 * none.
 */
public final class ModuleConnectionFactory {

  /** The module's broker user, an environment entry of the module. */
  static final String BROKER_USER = "java:module/orderflow/broker-user";

  private static final String PASSWORD_ALIAS_PREFIX = "orderflow-broker-password-";

  private static final Map<String, ConnectionFactory> BY_MODULE = new ConcurrentHashMap<>();

  private ModuleConnectionFactory() {}

  /** The factory bound under {@code name} in the calling module's namespace. */
  public static ConnectionFactory of(String name) {
    try {
      InitialContext naming = new InitialContext();
      String key = naming.lookup("java:module/ModuleName") + " " + name;
      ConnectionFactory factory = BY_MODULE.get(key);
      if (factory == null) {
        factory = signedOn((ConnectionFactory) naming.lookup(name), brokerUser(naming));
        BY_MODULE.put(key, factory);
      }
      return factory;
    } catch (NamingException e) {
      throw new IllegalStateException(
          "no connection factory " + name + " in the calling module (is it bound there?)", e);
    }
  }

  private static Optional<String> brokerUser(InitialContext naming) {
    try {
      return Optional.of((String) naming.lookup(BROKER_USER));
    } catch (NamingException e) {
      // not bound (Payara wraps the NameNotFoundException): this module names no user
      return Optional.empty();
    }
  }

  private static ConnectionFactory signedOn(ConnectionFactory factory, Optional<String> user) {
    if (user.isEmpty()) {
      return factory;
    }
    String password =
        ConfigProvider.getConfig()
            .getOptionalValue(PASSWORD_ALIAS_PREFIX + user.get(), String.class)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no password alias "
                            + PASSWORD_ALIAS_PREFIX
                            + user.get()
                            + " for broker user "
                            + user.get()));
    return new SignedOn(factory, user.get(), password);
  }

  /** Every connection and context of the delegate, as one user. */
  private record SignedOn(ConnectionFactory delegate, String user, String password)
      implements ConnectionFactory {

    @Override
    public Connection createConnection() throws JMSException {
      return delegate.createConnection(user, password);
    }

    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
      return delegate.createConnection(userName, password);
    }

    @Override
    public JMSContext createContext() {
      return delegate.createContext(user, password);
    }

    @Override
    public JMSContext createContext(String userName, String password) {
      return delegate.createContext(userName, password);
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
      return delegate.createContext(userName, password, sessionMode);
    }

    @Override
    public JMSContext createContext(int sessionMode) {
      return delegate.createContext(user, password, sessionMode);
    }

    @Override
    public String toString() {
      return "ConnectionFactory of broker user " + user;
    }
  }
}
