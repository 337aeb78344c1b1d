package io.orderflow.web.api.admin;

import io.orderflow.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The restocks that added nothing, for admins, newest first: a sku that no registration named while
 * the restock waited for it (the reason says so). The API answers {@code 404} at once for a sku the
 * views know no product of, so these come from elsewhere: the portal, a script sending commands, a
 * registration lost on its way.
 */
@RolesAllowed(Roles.ADMIN)
@Path("admin/restock-rejections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RejectedRestocksResource {

  static final int SHOWN = 100;

  @PersistenceContext(unitName = "views-read")
  EntityManager em;

  @GET
  public List<RejectedRestock> newestFirst() {
    return em.createQuery(
            "select r from RejectedRestock r order by r.rejectedAt desc, r.restockId",
            RejectedRestock.class)
        .setHint("eclipselink.read-only", true)
        .setMaxResults(SHOWN)
        .getResultList();
  }
}
