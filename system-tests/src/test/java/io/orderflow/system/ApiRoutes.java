package io.orderflow.system;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every route of the API, read from the web module's compiled resource classes (their {@code Path},
 * HTTP method and {@code RolesAllowed} annotations), so that a new route is checked without anyone
 * listing it here.
 */
final class ApiRoutes {

  /** One route: method, path (parameters filled with harmless values) and who may call it. */
  record Route(String method, String path, Set<String> roles) {
    @Override
    public String toString() {
      return method + " /api" + path;
    }
  }

  private static final Set<String> HTTP_METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

  private ApiRoutes() {}

  static List<Route> all() {
    Path classes = PlatformProcesses.ROOT.resolve("web-war/target/classes");
    if (!Files.isDirectory(classes.resolve("io/orderflow/web/api"))) {
      throw new IllegalStateException("no compiled resources in " + classes + ": build web-war");
    }
    List<Route> routes = new ArrayList<>();
    for (JavaClass resource : new ClassFileImporter().importPath(classes)) {
      Optional<String> base =
          annotationValue(resource.tryGetAnnotationOfType("jakarta.ws.rs.Path"));
      if (base.isEmpty()) {
        continue;
      }
      Set<String> classRoles = roles(resource.tryGetAnnotationOfType(ROLES_ALLOWED));
      for (JavaMethod method : resource.getMethods()) {
        Optional<String> verb =
            method.getAnnotations().stream()
                .map(a -> a.getRawType().getSimpleName())
                .filter(HTTP_METHODS::contains)
                .findFirst();
        if (verb.isEmpty()) {
          continue;
        }
        String path =
            join(base.get(), annotationValue(method.tryGetAnnotationOfType("jakarta.ws.rs.Path")));
        Set<String> methodRoles = roles(method.tryGetAnnotationOfType(ROLES_ALLOWED));
        routes.add(
            new Route(verb.get(), filled(path), methodRoles.isEmpty() ? classRoles : methodRoles));
      }
    }
    routes.sort(Comparator.comparing(Route::toString));
    return routes;
  }

  private static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";

  private static Optional<String> annotationValue(
      Optional<? extends JavaAnnotation<?>> annotation) {
    return annotation.map(a -> (String) a.get("value").orElse(""));
  }

  private static Set<String> roles(Optional<? extends JavaAnnotation<?>> annotation) {
    return annotation
        .map(a -> Set.of((String[]) a.get("value").orElse(new String[0])))
        .orElse(Set.of());
  }

  private static String join(String base, Optional<String> sub) {
    String path = "/" + base.replaceAll("^/|/$", "");
    return sub.filter(s -> !s.isBlank()).map(s -> path + "/" + s.replaceAll("^/", "")).orElse(path);
  }

  /** Path parameters get values that exist nowhere, so no call changes anything. */
  private static String filled(String path) {
    return path.replaceAll("\\{sku[^}]*}", "BOOK-DDD")
        .replaceAll("\\{name[^}]*}", "no-such-account")
        .replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
  }
}
