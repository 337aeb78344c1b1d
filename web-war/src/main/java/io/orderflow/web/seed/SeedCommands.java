package io.orderflow.web.seed;

import io.orderflow.contracts.messages.RegisterProduct;
import io.orderflow.web.commands.CommandIds;
import io.orderflow.web.commands.CommandSender;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Sends the seed catalog as commands. Each has an id derived from its sku, so seeding again changes
 * nothing: the broker drops an id it has seen, and the services skip ids they processed. Each is
 * sent on its own, outside any transaction: in a transaction the broker fails the whole commit on
 * the first id it has seen, and a later start could never send the rest.
 */
@Stateless
public class SeedCommands {

  @Inject CommandSender commands;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendAll(List<SeedProduct> catalog) {
    for (SeedProduct product : catalog) {
      commands.registerProduct(
          new RegisterProduct(product.sku(), product.name(), product.unitPrice()),
          CommandIds.seedProductRegistration(product.sku()));
      if (product.initialStock() > 0) {
        commands.restock(
            product.sku(), product.initialStock(), CommandIds.seedInitialStock(product.sku()));
      }
    }
  }
}
