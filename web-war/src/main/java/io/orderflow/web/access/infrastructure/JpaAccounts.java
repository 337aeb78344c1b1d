package io.orderflow.web.access.infrastructure;

import io.orderflow.web.access.domain.Account;
import io.orderflow.web.access.domain.Accounts;
import io.orderflow.web.access.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Accounts in schema {@code access}, which the web module owns. */
@ApplicationScoped
public class JpaAccounts implements Accounts {

  @PersistenceContext(unitName = "access")
  EntityManager em;

  @Override
  public Optional<Account> find(String name) {
    return Optional.ofNullable(em.find(Account.class, name));
  }

  @Override
  public List<Account> all() {
    return em.createQuery("select a from Account a order by a.name", Account.class).getResultList();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  @Override
  public boolean anyEnabledAdmin() {
    return em.createQuery(
                "select count(a) from Account a join a.roles r where a.enabled = true and r = :admin",
                Long.class)
            .setParameter("admin", Role.ADMIN.groupName())
            .getSingleResult()
        > 0;
  }
}
