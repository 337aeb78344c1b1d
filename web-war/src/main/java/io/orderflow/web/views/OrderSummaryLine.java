package io.orderflow.web.views;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One priced line of an order (table {@code views.order_summary_line}), read-only. */
@Entity
@Table(schema = "views", name = "order_summary_line")
@IdClass(OrderSummaryLine.Key.class)
public class OrderSummaryLine {

  @Id
  @Column(name = "order_id")
  private UUID orderId;

  @Id
  @Column(name = "line_no")
  private int lineNo;

  private String sku;
  private String name;
  private int quantity;

  @Column(name = "unit_price")
  private BigDecimal unitPrice;

  @Column(name = "line_total")
  private BigDecimal lineTotal;

  protected OrderSummaryLine() {}

  public UUID orderId() {
    return orderId;
  }

  public int lineNo() {
    return lineNo;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public int quantity() {
    return quantity;
  }

  public BigDecimal unitPrice() {
    return unitPrice;
  }

  public BigDecimal lineTotal() {
    return lineTotal;
  }

  /** The composite primary key JPA needs: order and line number. */
  public static class Key implements Serializable {
    private UUID orderId;
    private int lineNo;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && lineNo == key.lineNo
          && Objects.equals(orderId, key.orderId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(orderId, lineNo);
    }
  }
}
