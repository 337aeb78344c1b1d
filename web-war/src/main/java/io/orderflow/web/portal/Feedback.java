package io.orderflow.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Tells the user what happened, as a growl message worded in the message bundle. */
@RequestScoped
public class Feedback {

  @Inject FacesContext faces;

  public void info(String summaryKey, String detailKey, Object... arguments) {
    say(FacesMessage.SEVERITY_INFO, summaryKey, detailKey, arguments);
  }

  public void error(String summaryKey, String detailKey, Object... arguments) {
    say(FacesMessage.SEVERITY_ERROR, summaryKey, detailKey, arguments);
  }

  /** A text of the bundle; only texts with arguments are patterns (where ' must be written ''). */
  public String text(String key, Object... arguments) {
    String text = bundle().getString(key);
    return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
  }

  private void say(
      FacesMessage.Severity severity, String summaryKey, String detailKey, Object... arguments) {
    faces.addMessage(
        null, new FacesMessage(severity, text(summaryKey), text(detailKey, arguments)));
  }

  private ResourceBundle bundle() {
    return faces.getApplication().getResourceBundle(faces, "msg");
  }
}
