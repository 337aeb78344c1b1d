package io.orderflow.artemis;

import jakarta.jms.JMSException;
import jakarta.jms.XAConnection;
import jakarta.jms.XASession;
import jakarta.resource.ResourceException;
import java.util.Arrays;
import java.util.List;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;

/** The broker's prepared branches, over a fresh XA connection of the adapter's own factory. */
final class BrokerPreparedBranches implements PreparedBranches {

  private final XAConnection connection;
  private final XAResource broker;

  BrokerPreparedBranches(ActiveMQResourceAdapter adapter) throws JMSException, ResourceException {
    connection =
        adapter
            .getDefaultActiveMQConnectionFactory()
            .createXAConnection(adapter.getUserName(), adapter.getPassword());
    try {
      XASession session = connection.createXASession();
      broker = session.getXAResource();
    } catch (JMSException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public String resourceManager() {
    return "broker";
  }

  @Override
  public List<Xid> list() throws XAException {
    return Arrays.asList(broker.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN));
  }

  @Override
  public void commit(Xid branch) throws XAException {
    try {
      broker.commit(branch, false);
    } catch (XAException e) {
      ignoreIfSettled(e);
    }
  }

  @Override
  public void rollback(Xid branch) throws XAException {
    try {
      broker.rollback(branch);
    } catch (XAException e) {
      ignoreIfSettled(e);
    }
  }

  private static void ignoreIfSettled(XAException e) throws XAException {
    if (e.errorCode != XAException.XAER_NOTA) {
      throw e;
    }
  }

  @Override
  public void close() throws JMSException {
    connection.close();
  }
}
