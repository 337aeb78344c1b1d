package io.orderflow.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Collections;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Copies a message's application properties onto a new message, for parking and replaying. The
 * broker's and the provider's own properties ({@code JMSX*} but the group, {@code JMS_*}, {@code
 * _AMQ_*}) are left for the sender to set afresh: a copied duplicate-detection id would make the
 * broker drop the copy, a copied routing type could send it nowhere.
 */
final class MessageCopies {

  private static final Logger LOG = Logger.getLogger(MessageCopies.class.getName());

  private MessageCopies() {}

  static void copyProperties(Message from, Message to, Set<String> alsoLeftOut)
      throws JMSException {
    for (Object property : Collections.list(from.getPropertyNames())) {
      String name = (String) property;
      if (isCopied(name) && !alsoLeftOut.contains(name)) {
        try {
          to.setObjectProperty(name, from.getObjectProperty(name));
        } catch (JMSException | RuntimeException e) {
          // a property the provider will not let us set must not stop the copy
          LOG.fine(() -> "not copying property " + name + ": " + e);
        }
      }
    }
    to.setJMSCorrelationID(from.getJMSCorrelationID());
  }

  static boolean isCopied(String name) {
    if (name.equals(JmsEnvelopes.GROUP_ID)) {
      return true;
    }
    return !(name.startsWith("JMSX") || name.startsWith("JMS_") || name.startsWith("_AMQ_"));
  }

  /** The body as text; a message of another kind has none we can keep. */
  static String bodyOf(Message message) throws JMSException {
    return message instanceof TextMessage text ? text.getText() : null;
  }
}
