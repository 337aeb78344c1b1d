package io.orderflow.web.portal;

import io.orderflow.web.access.application.AccountAdministration;
import io.orderflow.web.access.application.AccountException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;

/** Every user changes their own password, proving they know the current one. */
@Named
@RequestScoped
public class OwnPassword {

  @Inject AccountAdministration administration;
  @Inject HttpServletRequest request;
  @Inject Feedback feedback;

  @NotBlank private String current;
  @NotBlank private String wanted;
  @NotBlank private String repeated;

  public void change() {
    if (!wanted.equals(repeated)) {
      feedback.error("password.mismatch", "password.mismatch.detail");
      return;
    }
    try {
      administration.changeOwnPassword(request.getRemoteUser(), current.toCharArray(), wanted);
      feedback.info("password.changed", "password.changed.detail");
    } catch (AccountException e) {
      feedback.error("password.failed", "accounts.failed.detail", e.getMessage());
    }
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getWanted() {
    return wanted;
  }

  public void setWanted(String wanted) {
    this.wanted = wanted;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
