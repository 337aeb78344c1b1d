package io.orderflow.web.seed;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks the catalog bundled as {@code seed/catalog.json}. */
public final class SeedCatalog {

  public static final String RESOURCE = "seed/catalog.json";

  private static final String SKU_PATTERN = "[A-Za-z0-9._-]{1,64}";

  private static final Type PRODUCTS =
      new ArrayList<SeedProduct>() {}.getClass().getGenericSuperclass();

  private SeedCatalog() {}

  public static List<SeedProduct> bundled() {
    InputStream json = SeedCatalog.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (json == null) {
      throw new IllegalStateException(RESOURCE + " is not packaged");
    }
    return read(json);
  }

  /** A broken catalog is a packaging bug: it fails loudly rather than seeding half of it. */
  public static List<SeedProduct> read(InputStream json) {
    List<SeedProduct> products;
    try (json;
        Jsonb jsonb = JsonbBuilder.create()) {
      products = jsonb.fromJson(json, PRODUCTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("the seed catalog cannot be read: " + e.getMessage(), e);
    }
    check(products);
    return List.copyOf(products);
  }

  private static void check(List<SeedProduct> products) {
    if (products == null || products.isEmpty()) {
      throw new IllegalStateException("the seed catalog is empty");
    }
    Set<String> skus = new HashSet<>();
    for (SeedProduct product : products) {
      if (product.sku() == null || !product.sku().matches(SKU_PATTERN)) {
        throw new IllegalStateException("invalid sku in the seed catalog: " + product.sku());
      }
      if (!skus.add(product.sku())) {
        throw new IllegalStateException("sku listed twice in the seed catalog: " + product.sku());
      }
      if (product.name() == null || product.name().isBlank()) {
        throw new IllegalStateException(product.sku() + " has no name");
      }
      if (product.unitPrice() == null || product.unitPrice().signum() < 0) {
        throw new IllegalStateException(product.sku() + " has no valid unit price");
      }
      if (product.initialStock() < 0) {
        throw new IllegalStateException(product.sku() + " has negative initial stock");
      }
    }
  }
}
