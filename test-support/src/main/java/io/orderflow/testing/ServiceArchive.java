package io.orderflow.testing;

import io.orderflow.contracts.messages.MessageTypes;
import io.orderflow.messaging.MessageSender;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One service module as Payara Micro can run it: its compiled classes and resources, the contracts
 * and messaging libraries and Flyway, in a web archive (the EAR's other parts cannot deploy on
 * Micro). The resource adapter runs beside it, deployed on its own by the post-boot commands, so
 * the MDBs name it {@value #RESOURCE_ADAPTER} rather than the EAR's {@code orderflow#artemis-rar}.
 */
public final class ServiceArchive {

  public static final String RESOURCE_ADAPTER = "artemis-rar";
  private static final String EAR_RESOURCE_ADAPTER = "orderflow#artemis-rar";

  private ServiceArchive() {}

  /** The module whose tests are running, built into {@code target/classes}. */
  public static WebArchive ofThisModule(String name) {
    Path classes = Path.of("target", "classes");
    WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
    war.merge(
        ShrinkWrap.create(JavaArchive.class)
            .as(ExplodedImporter.class)
            .importDirectory(classes.toFile())
            .as(JavaArchive.class),
        "/WEB-INF/classes");
    Path descriptor = classes.resolve("META-INF/glassfish-ejb-jar.xml");
    if (Files.exists(descriptor)) {
      war.delete("/WEB-INF/classes/META-INF/glassfish-ejb-jar.xml");
      war.addAsWebInfResource(
          new StringAsset(
              withoutBrokerCredentials(
                  read(descriptor).replace(EAR_RESOURCE_ADAPTER, RESOURCE_ADAPTER))),
          "glassfish-ejb-jar.xml");
    }
    war.addClass(TestConnectionFactory.class);
    war.addAsLibraries(
        libraryOf(MessageTypes.class, "contracts.jar"),
        libraryOf(MessageSender.class, "messaging.jar"),
        libraryOf(Flyway.class, "flyway-core.jar"),
        libraryOf(PostgreSQLConfigurationExtension.class, "flyway-database-postgresql.jar"));
    return war;
  }

  /**
   * The descriptor without the beans' broker user and password: the tests' broker runs without
   * security, and the password names a Payara password alias this server does not have.
   */
  private static String withoutBrokerCredentials(String descriptor) {
    return BROKER_CREDENTIAL.matcher(descriptor).replaceAll("");
  }

  private static final Pattern BROKER_CREDENTIAL =
      Pattern.compile(
          "\\s*<activation-config-property>\\s*<activation-config-property-name>(user|password)"
              + "</activation-config-property-name>.*?</activation-config-property>",
          Pattern.DOTALL);

  /** The jar (or, inside the reactor, the classes folder) a class was loaded from. */
  private static JavaArchive libraryOf(Class<?> type, String name) {
    File location;
    try {
      location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    JavaArchive library = ShrinkWrap.create(JavaArchive.class, name);
    return location.isDirectory()
        ? library.as(ExplodedImporter.class).importDirectory(location).as(JavaArchive.class)
        : library.as(ZipImporter.class).importFrom(location).as(JavaArchive.class);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
