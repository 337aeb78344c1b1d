package io.orderflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.orderflow.architecture.JavaStringLiterals.Literal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Each module owns one schema: no module touches another's tables, looks up another's data source
 * or migrates another's schema, except the web module, which reads the denormalizer's views (and
 * {@link WebModuleTest} checks that it writes only its own schema, access). Checked on the sources,
 * since SQL is text to the compiler.
 */
class SchemaOwnershipTest {

  private static final String SCHEMAS =
      Arrays.stream(ServiceModule.values())
          .map(ServiceModule::schema)
          .distinct()
          .collect(Collectors.joining("|"));

  /** schema.table, as SQL names a table of a schema. */
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("\\b(" + SCHEMAS + ")\\.([a-z_][a-z0-9_]*)\\b");

  /** A JDBC resource: jdbc/orders, jdbc/orders-migration, jdbc/views-read... */
  private static final Pattern DATA_SOURCE = Pattern.compile("\\bjdbc/([a-z_]+)(-[a-z]+)?\\b");

  private static final Pattern MIGRATION_FOLDER = Pattern.compile("\\bdb/([a-z_]+)\\b");

  /** A JPA mapping's schema: {@code @Table(schema = "x")}, {@code <table schema="x">}... */
  private static final Pattern SCHEMA_ATTRIBUTE =
      Pattern.compile("\\bschema\\s*=\\s*\"([a-z_]+)\"|<schema>\\s*([a-z_]+)\\s*</schema>");

  /** A literal reads as SQL; elsewhere "fulfillment.order.created" is a subscription name. */
  private static final Pattern SQL_KEYWORD =
      Pattern.compile(
          "(?i)\\b(select|insert|update|delete|from|join|into|on conflict|create|alter|truncate)\\b");

  /** A source running SQL: all of its literals may be pieces of a statement. */
  private static final Pattern RUNS_SQL =
      Pattern.compile("\\b(createNativeQuery|prepareStatement|createStatement)\\(");

  private static final Pattern SQL_COMMENT =
      Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  @ParameterizedTest(name = "{0}")
  @EnumSource(ServiceModule.class)
  void persistence_units_use_only_the_module_data_source(ServiceModule module) throws Exception {
    Path persistenceXml = module.mainSources().resolve("resources/META-INF/persistence.xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(persistenceXml.toFile());

    List<String> dataSources = new ArrayList<>();
    dataSources.addAll(textOf(document.getElementsByTagNameNS("*", "jta-data-source")));
    dataSources.addAll(textOf(document.getElementsByTagNameNS("*", "non-jta-data-source")));

    assertThat(dataSources)
        .as("data sources of %s: a service connects only to its own schema's pool", persistenceXml)
        .isNotEmpty()
        .containsOnly(module.dataSources().toArray(String[]::new))
        .contains(module.dataSource());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ServiceModule.class)
  void persistence_units_list_only_classes_that_exist(ServiceModule module) throws Exception {
    Path persistenceXml = module.mainSources().resolve("resources/META-INF/persistence.xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(persistenceXml.toFile());

    assertThat(textOf(document.getElementsByTagNameNS("*", "class")))
        .as(
            "classes %s lists: EclipseLink ignores one it cannot load, and its columns are then"
                + " written without their converter",
            persistenceXml)
        .allSatisfy(
            name ->
                assertThat(
                        module
                                .compiledClasses()
                                .resolve(name.replace('.', '/') + ".class")
                                .toFile()
                                .isFile()
                            || SchemaOwnershipTest.class
                                    .getClassLoader()
                                    .getResource(name.replace('.', '/') + ".class")
                                != null)
                    .as(name)
                    .isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ServiceModule.class)
  void migrations_live_only_in_the_module_own_folder(ServiceModule module) {
    Path resources = module.mainSources().resolve("resources");
    List<String> misplaced =
        filesUnder(module.mainSources(), ".sql")
            .filter(sql -> !(module.ownsMigrations() && isIn(sql, resources, module)))
            .map(Path::toString)
            .toList();

    assertThat(misplaced)
        .as(
            module.ownsMigrations()
                ? "SQL files outside %s: Flyway migrates only db/<own schema>"
                    .formatted(module.migrationFolder())
                : "SQL files in a module whose schema is migrated by its owner")
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ServiceModule.class)
  void sql_names_no_other_service_schema(ServiceModule module) {
    List<String> foreign = new ArrayList<>();
    filesUnder(module.mainSources(), ".sql")
        .forEach(
            sql ->
                foreignNames(QUALIFIED_NAME, withoutComments(sql, SQL_COMMENT), module)
                    .forEach(name -> foreign.add(sql + ": " + name)));
    filesUnder(module.mainSources(), ".java")
        .forEach(
            java -> {
              String source = read(java);
              boolean runsSql = RUNS_SQL.matcher(source).find();
              for (Literal literal : JavaStringLiterals.in(source)) {
                if (runsSql || SQL_KEYWORD.matcher(literal.text()).find()) {
                  foreignNames(QUALIFIED_NAME, literal.text(), module)
                      .forEach(name -> foreign.add(java + ":" + literal.line() + ": " + name));
                }
              }
              foreignNames(SCHEMA_ATTRIBUTE, source, module)
                  .forEach(name -> foreign.add(java + ": " + name));
            });
    filesUnder(module.mainSources(), ".xml")
        .forEach(
            xml ->
                foreignNames(SCHEMA_ATTRIBUTE, withoutComments(xml, XML_COMMENT), module)
                    .forEach(name -> foreign.add(xml + ": " + name)));

    assertThat(foreign)
        .as(
            "names of another service's schema in %s (own schema: %s, read: %s): services share"
                + " data only through messages",
            module.mainSources(), module.schema(), module.readSchemas())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ServiceModule.class)
  void looks_up_only_its_own_data_source_and_migration_folder(ServiceModule module) {
    List<String> foreign = new ArrayList<>();
    filesUnder(module.mainSources(), ".java")
        .forEach(
            java ->
                JavaStringLiterals.in(read(java))
                    .forEach(
                        literal ->
                            Stream.of(DATA_SOURCE, MIGRATION_FOLDER)
                                .flatMap(pattern -> foreignNames(pattern, literal.text(), module))
                                .forEach(
                                    name ->
                                        foreign.add(java + ":" + literal.line() + ": " + name))));
    filesUnder(module.mainSources(), ".xml")
        .forEach(
            xml ->
                foreignNames(DATA_SOURCE, withoutComments(xml, XML_COMMENT), module)
                    .forEach(name -> foreign.add(xml + ": " + name)));

    assertThat(foreign)
        .as(
            "another schema's data source or migrations named in %s (own: %s, %s; read: %s)",
            module.mainSources(), module.lookups(), module.migrationFolder(), module.readSchemas())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ServiceModule.class)
  void only_the_schema_migration_logs_in_as_the_schema_owner(ServiceModule module) {
    String resource = '"' + module.migrationDataSource() + '"';
    List<String> users =
        filesUnder(module.mainSources(), ".java")
            .filter(java -> read(java).contains(resource))
            .map(java -> java.getFileName().toString())
            .toList();
    List<String> xmlUsers =
        filesUnder(module.mainSources(), ".xml")
            .filter(xml -> withoutComments(xml, XML_COMMENT).contains(module.migrationDataSource()))
            .map(Path::toString)
            .toList();

    assertThat(users)
        .as(
            "classes of %s naming %s, the pool that logs in as the schema's owner (DDL): only its"
                + " Flyway migration at start may",
            module.mainSources(), module.migrationDataSource())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .endsWith("SchemaMigration.java");
    assertThat(xmlUsers).as("descriptors naming %s", module.migrationDataSource()).isEmpty();
  }

  /** Whole matches whose first non-null group names a schema other than the module's own. */
  private static Stream<String> foreignNames(Pattern pattern, String text, ServiceModule module) {
    Matcher matcher = pattern.matcher(text);
    List<String> names = new ArrayList<>();
    while (matcher.find()) {
      String schema = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      if (!module.schemas().contains(schema)
          || pattern == MIGRATION_FOLDER && !schema.equals(module.schema())
          || pattern == DATA_SOURCE && !module.lookups().contains(matcher.group())) {
        names.add(matcher.group());
      }
    }
    return names.stream();
  }

  private static boolean isIn(Path file, Path resources, ServiceModule module) {
    return file.getParent().equals(resources.resolve(module.migrationFolder()));
  }

  private static String withoutComments(Path file, Pattern comment) {
    return comment.matcher(read(file)).replaceAll(" ");
  }

  private static List<String> textOf(NodeList nodes) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }

  private static Stream<Path> filesUnder(Path directory, String extension) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(extension))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
