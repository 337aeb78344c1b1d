package io.orderflow.denormalizer.infrastructure.persistence;

import io.orderflow.denormalizer.domain.ProductViews;
import io.orderflow.denormalizer.domain.StockLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The product view as single-statement upserts. The conflict update's {@code where} clause is the
 * "newer than shown" rule: when it fails, the row stays as it is.
 */
@ApplicationScoped
public class JpaProductViews implements ProductViews {

  static final String DESCRIBE =
      "insert into product_view as p (sku, name, unit_price, registered_at, updated_at)"
          + " values (?1, ?2, cast(?3 as numeric), ?4, clock_timestamp())"
          + " on conflict (sku) do update set name = excluded.name,"
          + " unit_price = excluded.unit_price, registered_at = excluded.registered_at,"
          + " updated_at = clock_timestamp()"
          + " where p.registered_at is null or excluded.registered_at > p.registered_at";

  /** Mirrors {@link StockLevel#isNewerThan}: only a higher version replaces the level shown. */
  static final String SHOW_STOCK =
      "insert into product_view as p (sku, on_hand, reserved, stock_version, updated_at)"
          + " values (?1, ?2, ?3, ?4, clock_timestamp())"
          + " on conflict (sku) do update set on_hand = excluded.on_hand,"
          + " reserved = excluded.reserved, stock_version = excluded.stock_version,"
          + " updated_at = clock_timestamp()"
          + " where p.stock_version is null or excluded.stock_version > p.stock_version";

  /** Stale stock levels of the sku carry versions up to the removed one: none comes back. */
  static final String FORGET_UNREGISTERED =
      "delete from product_view where sku = ?1 and registered_at is null"
          + " and (stock_version is null or stock_version <= ?2)";

  static final String FORGET_STOCK =
      "update product_view set on_hand = null, reserved = null, stock_version = null,"
          + " updated_at = clock_timestamp() where sku = ?1 and stock_version <= ?2";

  @PersistenceContext(unitName = "views")
  EntityManager em;

  @Override
  public void describe(String sku, String name, BigDecimal unitPrice, Instant registeredAt) {
    em.createNativeQuery(DESCRIBE)
        .setParameter(1, sku)
        .setParameter(2, name)
        .setParameter(3, unitPrice)
        .setParameter(4, Timestamp.from(registeredAt))
        .executeUpdate();
  }

  @Override
  public void showStock(StockLevel level) {
    em.createNativeQuery(SHOW_STOCK)
        .setParameter(1, level.sku())
        .setParameter(2, level.onHand())
        .setParameter(3, level.reserved())
        .setParameter(4, level.version())
        .executeUpdate();
  }

  @Override
  public void forgetStock(String sku, long version) {
    for (String statement : new String[] {FORGET_UNREGISTERED, FORGET_STOCK}) {
      em.createNativeQuery(statement).setParameter(1, sku).setParameter(2, version).executeUpdate();
    }
  }
}
