package io.orderflow.web.access.domain;

import java.util.List;
import java.util.Optional;

/** The accounts of the access schema. */
public interface Accounts {

  Optional<Account> find(String name);

  List<Account> all();

  void add(Account account);

  boolean anyEnabledAdmin();
}
