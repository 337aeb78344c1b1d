package io.orderflow.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The platform's HTTP API as the bench uses it: one JDK HttpClient speaking HTTP/1.1, which keeps a
 * pool of keep-alive connections (one per request in flight, reused). Every request carries HTTP
 * Basic credentials (the dev staff user, unless told otherwise), which the platform checks with
 * PBKDF2 once and then remembers briefly.
 */
final class OrderflowApi {

  record Product(String sku, int available) {}

  private final URI api;
  private final Duration timeout;
  private final HttpClient http;
  private final String authorization;

  OrderflowApi(
      URI baseUrl, Duration timeout, Executor executor, DevCredentials.Credential credential) {
    this.api = baseUrl.resolve("/api/");
    this.timeout = timeout;
    this.authorization = credential.basicAuthorization();
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(executor)
            .build();
  }

  URI baseUrl() {
    return api.resolve("/");
  }

  /** POST /api/orders with the order's own id, so that a retry cannot create a second order. */
  CompletableFuture<HttpResponse<Void>> placeOrder(LedgerEntry order) {
    String body =
        """
        {"orderId":"%s","customerId":"%s","lines":[{"sku":"%s","quantity":1}]}"""
            .formatted(order.orderId, order.customerId, order.sku);
    return http.sendAsync(post("orders", body), HttpResponse.BodyHandlers.discarding());
  }

  /** The catalog with the available units the product view shows now. */
  List<Product> products() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(api.resolve("products"))
            .timeout(timeout)
            .header("Authorization", authorization)
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET /api/products answered " + response.statusCode());
    }
    List<Product> products = new ArrayList<>();
    for (JsonElement element : JsonParser.parseString(response.body()).getAsJsonArray()) {
      var product = element.getAsJsonObject();
      products.add(
          new Product(product.get("sku").getAsString(), product.get("available").getAsInt()));
    }
    return products;
  }

  /** POST /api/inventory/{sku}/restock; the restock id makes a repeated request add nothing. */
  int restock(String sku, int quantity, UUID restockId) throws IOException, InterruptedException {
    String body = "{\"quantity\":%d,\"restockId\":\"%s\"}".formatted(quantity, restockId);
    return http.send(
            post("inventory/" + sku + "/restock", body), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private HttpRequest post(String path, String json) {
    return HttpRequest.newBuilder(api.resolve(path))
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("Authorization", authorization)
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }
}
