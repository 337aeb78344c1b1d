package io.orderflow.system;

import static io.orderflow.system.Platform.anonymousApi;
import static io.orderflow.system.Platform.api;
import static io.orderflow.system.Platform.number;
import static io.orderflow.system.Platform.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.orderflow.bench.DevCredentials.Credential;
import io.orderflow.system.ApiRoutes.Route;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The platform as an attacker or a careless client meets it: every API route (read from the
 * resource classes) without credentials, with a wrong password and as each role; integrators kept
 * to their own customers; audits naming the admin; body size, rate and paging limits; headers.
 */
class SecurityIT {

  private static final List<String> ROLES = List.of("staff", "admin", "integrator");
  private static final Path JWT_PRIVATE_KEY = Path.of("target", "jwt", "private.pem");

  @BeforeAll
  static void theCatalogIsThere() {
    await("the seeded catalog in the product view")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> api().get("/products").path("sku").toString().contains("BOOK-DDD"));
  }

  @TestFactory
  Stream<DynamicTest> every_route_refuses_a_caller_without_credentials() {
    List<Route> routes = ApiRoutes.all();
    assertThat(routes).as("routes read from the resource classes").hasSizeGreaterThan(10);
    return routes.stream()
        .map(
            route ->
                DynamicTest.dynamicTest(
                    route.toString(),
                    () -> assertUnauthorized(call(anonymousApi(), route), route)));
  }

  @TestFactory
  Stream<DynamicTest> every_route_refuses_a_wrong_password() {
    Credential staff = user("staff");
    Credential wrong = new Credential(staff.user(), staff.password() + "-not");
    return ApiRoutes.all().stream()
        .map(
            route ->
                DynamicTest.dynamicTest(
                    route.toString(), () -> assertUnauthorized(call(api(wrong), route), route)));
  }

  @TestFactory
  Stream<DynamicTest> every_route_answers_each_role_as_its_roles_allowed_say() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Route route : ApiRoutes.all()) {
      assertThat(route.roles()).as("%s names the roles it allows", route).isNotEmpty();
      for (String role : ROLES) {
        tests.add(
            DynamicTest.dynamicTest(
                route + " as " + role,
                () -> {
                  Response response = call(api(user(role)), route);
                  if (route.roles().contains(role)) {
                    assertThat(response.statusCode())
                        .as("%s as %s: %s", route, role, response.asString())
                        .isNotIn(401, 403)
                        .isLessThan(500);
                  } else {
                    response
                        .then()
                        .statusCode(403)
                        .contentType(startsWith("application/problem+json"))
                        .body("status", equalTo(403));
                  }
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void me_names_the_caller_its_roles_and_customers() {
    api(user("integrator"))
        .get("/me")
        .then()
        .statusCode(200)
        .body("name", equalTo(user("integrator").user()))
        .body("roles", equalTo(List.of("integrator")))
        .body("customers", equalTo(List.of("c-1", "c-2")))
        .body("anyCustomer", equalTo(false));
    api(user("admin")).get("/me").then().statusCode(200).body("roles", hasItem("admin"));
  }

  @Test
  void an_integrator_is_kept_to_its_own_customers() {
    Credential integrator = user("integrator");
    String otherCustomer = "other-" + UUID.randomUUID();
    UUID othersOrder = UUID.randomUUID();
    api().body(order(othersOrder, otherCustomer)).post("/orders").then().statusCode(202);
    await("the other customer's order in the views")
        .atMost(Duration.ofSeconds(60))
        .until(() -> api().get("/orders/{id}", othersOrder).statusCode() == 200);

    api(integrator)
        .get("/orders/{id}", othersOrder)
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
    List<String> listed =
        api(integrator)
            .get("/orders?size=200")
            .then()
            .statusCode(200)
            .extract()
            .path("items.customerId");
    assertThat(listed).allMatch(customer -> Set.of("c-1", "c-2").contains(customer));
    api(integrator)
        .get("/orders?customerId={c}", otherCustomer)
        .then()
        .statusCode(200)
        .body("total", equalTo(0));

    UUID refused = UUID.randomUUID();
    api(integrator)
        .body(order(refused, otherCustomer))
        .post("/orders")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    UUID own = UUID.randomUUID();
    api(integrator).body(order(own, "c-1")).post("/orders").then().statusCode(202);
    await("the integrator's own order in the views")
        .atMost(Duration.ofSeconds(60))
        .until(() -> api(integrator).get("/orders/{id}", own).statusCode() == 200);
    assertThat(number("select count(*) from orders.customer_order where order_id = ?", refused))
        .as("a refused order was never sent")
        .isZero();
  }

  @Test
  void an_integrator_signs_in_with_a_bearer_token_from_the_trusted_issuer() throws Exception {
    Credential integrator = user("integrator");
    String token = token(integrator.user(), "orderflow-system-tests");

    anonymousApi()
        .header("Authorization", "Bearer " + token)
        .get("/me")
        .then()
        .statusCode(200)
        .body("name", equalTo(integrator.user()));
    Response untrusted =
        anonymousApi()
            .header("Authorization", "Bearer " + token(integrator.user(), "someone-else"))
            .get("/me");
    assertUnauthorized(untrusted, null);
    Response staffToken =
        anonymousApi()
            .header(
                "Authorization", "Bearer " + token(user("staff").user(), "orderflow-system-tests"))
            .get("/me");
    assertUnauthorized(staffToken, null);
  }

  @Test
  void replays_and_discards_of_parked_messages_are_audited_with_the_admin() throws Exception {
    Credential admin = user("admin");
    UUID messageId = UUID.randomUUID();
    Broker.sendUnreadableOrderCreate(messageId);
    awaitParked(admin, messageId);

    api(admin).post("/admin/dead-letters/{id}/replay", messageId).then().statusCode(202);
    awaitParked(admin, messageId); // unreadable still: parked again at once
    api(admin).delete("/admin/dead-letters/{id}", messageId).then().statusCode(204);

    List<Map<String, String>> audit =
        api(admin)
            .get("/admin/audit?limit=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(audit)
        .filteredOn(entry -> messageId.toString().equals(entry.get("subject")))
        .extracting(entry -> entry.get("actor") + " " + entry.get("action"))
        .contains(admin.user() + " dead-letter.replayed", admin.user() + " dead-letter.discarded");
    await("the discard in the views' dead-letter audit")
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        Platform.rows(
                            "select discarded_by from views.dead_letter_audit where message_id = ?",
                            messageId.toString()))
                    .containsExactly(List.of(admin.user())));
  }

  @Test
  void a_two_mebibyte_body_is_refused_before_it_is_read() {
    String body = "{\"customerId\": \"" + "x".repeat(2 * 1024 * 1024) + "\", \"lines\": []}";

    api()
        .body(body)
        .post("/orders")
        .then()
        .statusCode(413)
        .contentType(startsWith("application/problem+json"))
        .body("type", equalTo("urn:orderflow:problem:body-too-large"));
  }

  @Test
  void a_caller_over_its_rate_limit_gets_429_with_retry_after() {
    String name = "burst-" + UUID.randomUUID().toString().substring(0, 8);
    String secret =
        api(user("admin"))
            .body(
                "{\"name\": \"%s\", \"role\": \"integrator\", \"customers\": [\"c-1\"],"
                        .formatted(name)
                    + " \"rateLimitPerSecond\": 2}")
            .post("/admin/accounts")
            .then()
            .statusCode(201)
            .extract()
            .path("secret");
    Credential burst = new Credential(name, secret);

    List<Response> answers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      answers.add(api(burst).get("/me"));
    }

    assertThat(answers).extracting(Response::statusCode).contains(200, 429).containsOnly(200, 429);
    Response refused =
        answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
    refused
        .then()
        .contentType(startsWith("application/problem+json"))
        .header("Retry-After", matchesPattern("[1-9][0-9]*"))
        .body("type", equalTo("urn:orderflow:problem:rate-limited"));
    api(user("staff")).get("/me").then().statusCode(200); // others keep their own quota
  }

  @Test
  void deep_paging_is_refused() {
    api().get("/orders?page=1000&size=200").then().statusCode(400);
    api().get("/orders?page=49&size=200").then().statusCode(200);
  }

  @Test
  void a_disabled_account_is_refused_at_once() {
    Credential admin = user("admin");
    String name = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
    String secret =
        api(admin)
            .body("{\"name\": \"%s\", \"role\": \"staff\"}".formatted(name))
            .post("/admin/accounts")
            .then()
            .statusCode(201)
            .extract()
            .path("secret");
    Credential leaver = new Credential(name, secret);
    api(leaver).get("/me").then().statusCode(200);

    api(admin).post("/admin/accounts/{name}/disable", name).then().statusCode(204);

    assertUnauthorized(api(leaver).get("/me"), null);
  }

  @Test
  void health_and_the_contract_are_open_and_metrics_are_for_admins() {
    RestAssured.given().baseUri(Platform.BASE_URL).get("/health/ready").then().statusCode(200);
    await("/openapi")
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> RestAssured.given().baseUri(Platform.BASE_URL).get("/openapi").statusCode(),
            status -> status == 200);
    RequestSpecification metrics =
        RestAssured.given().baseUri(Platform.HTTPS_URL).relaxedHTTPSValidation();
    metrics.get("/metrics").then().statusCode(401);
    Credential staff = user("staff");
    RestAssured.given()
        .baseUri(Platform.HTTPS_URL)
        .relaxedHTTPSValidation()
        .auth()
        .preemptive()
        .basic(staff.user(), staff.password())
        .get("/metrics")
        .then()
        .statusCode(403);
    assertThat(Platform.metric("orderflow_admission_max_backlog")).isPositive();
  }

  @Test
  void answers_name_no_server_version_and_pages_carry_a_content_security_policy() {
    Response page = RestAssured.given().baseUri(Platform.BASE_URL).get("/login.xhtml");
    Response api = api().get("/products");

    for (Response response : List.of(page, api)) {
      response.then().header("Server", nullValue()).header("X-Powered-By", nullValue());
    }
    page.then()
        .header(
            "Content-Security-Policy",
            org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", not(org.hamcrest.Matchers.containsString("*")))
        .header("X-Content-Type-Options", "nosniff");
    assertThat(page.getHeader("Set-Cookie"))
        .as("the session cookie")
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict");
    api.then().header("Set-Cookie", nullValue());
  }

  @Test
  void no_secret_is_in_the_logs_or_the_test_diagnostics() throws Exception {
    List<String> secrets = ROLES.stream().map(role -> user(role).password()).toList();
    List<Path> places =
        List.of(
            PlatformProcesses.ROOT.resolve("var/logs"),
            PlatformProcesses.ROOT.resolve("var/domains/orderflow/logs"),
            Path.of("target", "diagnostics"),
            Path.of("target", "failsafe-reports"));
    List<String> found = new ArrayList<>();
    for (Path place : places) {
      if (!Files.isDirectory(place)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(place)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String text =
              new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
          secrets.stream().filter(text::contains).forEach(s -> found.add(file.toString()));
        }
      }
    }
    assertThat(found).as("files holding a demo user's password").isEmpty();
  }

  private static Response call(RequestSpecification request, Route route) {
    return request.request(route.method(), route.path());
  }

  private static void assertUnauthorized(Response response, Route route) {
    response
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(401));
    assertThat(response.getHeaders().getValues("WWW-Authenticate"))
        .as("the challenges of %s", route)
        .anyMatch(challenge -> challenge.startsWith("Basic realm="));
  }

  private static void awaitParked(Credential admin, UUID messageId) {
    await("message " + messageId + " parked")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> api(admin).get("/admin/dead-letters/{id}", messageId).statusCode() == 200);
  }

  private static String order(UUID orderId, String customerId) {
    return OrderFlowIT.orderJson(orderId, customerId, "BOOK-DDD", 1);
  }

  private static String token(String subject, String issuer) throws Exception {
    String pem = Files.readString(JWT_PRIVATE_KEY);
    byte[] der =
        Base64.getMimeDecoder()
            .decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").strip());
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader(JWSAlgorithm.RS256),
            new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build());
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
