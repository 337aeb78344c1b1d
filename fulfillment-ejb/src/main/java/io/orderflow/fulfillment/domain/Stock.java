package io.orderflow.fulfillment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The stock of one sku.
 *
 * <ul>
 *   <li>{@code onHand}: the units free on the shelf. A restock adds to it; reserving takes from it.
 *   <li>{@code reserved}: the units promised to shipments. Reserving moves units from on hand to
 *       reserved; this service never ships physically, so nothing takes from reserved yet.
 *   <li>{@code available} = on hand, never below 0: nothing is oversold.
 * </ul>
 *
 * <p>So at any time on hand + reserved = everything restocked, and reserved = the sum of all
 * shipped lines.
 *
 * <p>{@code version} grows by one with every change and travels in {@code stock.changed}, so a
 * reader keeps the newest level. It is a plain column, not a JPA {@code @Version}: writers lock the
 * row ({@link Inventory#lock}) instead of retrying on optimistic conflicts, and a change must be
 * numbered before the transaction flushes.
 */
@Entity
@Table(name = "stock")
public class Stock {

  @Id private String sku;

  @Column(name = "on_hand", nullable = false)
  private int onHand;

  @Column(nullable = false)
  private int reserved;

  @Column(nullable = false)
  private long version;

  protected Stock() {}

  /** A sku never stocked: nothing on hand, nothing reserved, no change yet. */
  public Stock(String sku) {
    if (sku == null || sku.isBlank()) {
      throw new IllegalArgumentException("stock needs a sku");
    }
    this.sku = sku;
  }

  public StockLevel restock(int quantity) {
    requirePositive(quantity);
    onHand = Math.addExact(onHand, quantity);
    return changed();
  }

  public boolean canReserve(int quantity) {
    return quantity <= available();
  }

  public StockLevel reserve(int quantity) {
    requirePositive(quantity);
    if (!canReserve(quantity)) {
      throw new IllegalStateException(
          "cannot reserve " + quantity + " x " + sku + ": only " + available() + " available");
    }
    onHand -= quantity;
    reserved = Math.addExact(reserved, quantity);
    return changed();
  }

  private StockLevel changed() {
    version++;
    return level();
  }

  private void requirePositive(int quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException(
          "quantity of " + sku + " must be above 0, was " + quantity);
    }
  }

  public StockLevel level() {
    return new StockLevel(sku, onHand, reserved, version);
  }

  public String sku() {
    return sku;
  }

  public int onHand() {
    return onHand;
  }

  public int reserved() {
    return reserved;
  }

  /** Free units are exactly those on hand: reserved ones have left it already. */
  public int available() {
    return onHand;
  }

  public long version() {
    return version;
  }
}
