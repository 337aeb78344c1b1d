package io.orderflow.web.admission;

import io.orderflow.messaging.MessageSender;
import io.orderflow.messaging.ModuleConnectionFactory;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Samples the backlog twice a second: asks the broker, over the connection factory every module
 * sends through, how many messages wait in each queue, and fires the result as a {@link
 * BacklogSample} event. The web module may neither read the services' schemas nor call them, but it
 * may talk to the broker, and the broker knows exactly what the services have not yet handled.
 *
 * <p>Uses the Artemis management protocol over plain JMS (no Artemis classes needed): a request to
 * the management address naming a resource and an operation in message properties, the answer sent
 * to the request's JMSReplyTo. The web's broker user may send such requests ({@code manage} on the
 * management address) for read-only operations alone ({@code view} on {@code
 * mops.broker.listQueues}; server-config/artemis/broker.xml).
 */
@ApplicationScoped
public class BrokerBacklog {

  private static final Logger LOG = Logger.getLogger(BrokerBacklog.class.getName());

  static final Duration INTERVAL = Duration.ofMillis(500);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);

  // Artemis's management address and the header names of its ManagementHelper (2.40).
  private static final String MANAGEMENT_ADDRESS = "activemq.management";
  private static final String RESOURCE_NAME = "_AMQ_ResourceName";
  private static final String OPERATION_NAME = "_AMQ_OperationName";
  private static final String OPERATION_SUCCEEDED = "_AMQ_OperationSucceeded";

  // ActiveMQServerControl.listQueues(options, page, pageSize), parameters as a JSON array in the
  // body: no filter, every queue in one page.
  private static final String BROKER = "broker";
  private static final String LIST_QUEUES = "listQueues";
  private static final String EVERY_QUEUE = "[\"\", -1, -1]";

  /**
   * Where the broker answers (declared in broker.xml): a temporary queue would be an address of
   * random name, which the web's broker user could only use with rights on every address.
   */
  static final String REPLIES = "admission.replies";

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject Event<BacklogSample> samples;

  private ScheduledFuture<?> sampling;
  private volatile boolean brokerAnswered = true;

  /** Starts with the application; a broker that is down only delays the first real sample. */
  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    sampling =
        scheduler.scheduleWithFixedDelay(
            this::sample, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (sampling != null) {
      sampling.cancel(false);
    }
  }

  /** Never throws: an exception would end the schedule. */
  void sample() {
    BacklogSample sample;
    try {
      sample = BacklogSample.of(BrokerQueueListing.waitingPerQueue(askBroker()), Instant.now());
      if (!brokerAnswered) {
        brokerAnswered = true;
        LOG.info("backlog: the broker answers again");
      }
    } catch (Exception e) {
      sample = BacklogSample.unknown(Instant.now());
      if (brokerAnswered) {
        brokerAnswered = false;
        LOG.warning(() -> "backlog: cannot ask the broker, admitting commands meanwhile: " + e);
      }
    }
    try {
      samples.fire(sample);
    } catch (RuntimeException e) {
      LOG.warning(() -> "backlog: a sample observer failed: " + e);
    }
  }

  /**
   * One request and its answer, through a subscription to {@link #REPLIES} that selects this
   * request's answer by its correlation id, closed (and so deleted) right after.
   *
   * <p>The classic API on purpose, not a {@code JMSContext}: the Artemis resource adapter (2.40)
   * closes a context's session, handing its pooled connection to the next borrower, before it
   * deletes the context's subscriptions through that same session. Under load that delete ran
   * concurrently with another thread's send or XA commit on the one session (AMQ212051), whose
   * answers then went astray: 30 s time-outs, failovers, commits retried. Here the subscription is
   * closed while the session is still ours.
   */
  private String askBroker() throws JMSException {
    try (Connection connection =
        ModuleConnectionFactory.of(MessageSender.CONNECTION_FACTORY).createConnection()) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      String requestId = UUID.randomUUID().toString();
      Topic replies = session.createTopic(REPLIES);
      try (MessageConsumer answers =
          session.createConsumer(replies, "JMSCorrelationID = '" + requestId + "'")) {
        connection.start();
        TextMessage request = session.createTextMessage(EVERY_QUEUE);
        request.setStringProperty(RESOURCE_NAME, BROKER);
        request.setStringProperty(OPERATION_NAME, LIST_QUEUES);
        request.setJMSCorrelationID(requestId);
        request.setJMSReplyTo(replies);
        MessageProducer requests = session.createProducer(session.createQueue(MANAGEMENT_ADDRESS));
        requests.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        requests.send(request);
        Message answer = answers.receive(ANSWER_TIMEOUT.toMillis());
        if (answer == null) {
          throw new IllegalStateException("no answer within " + ANSWER_TIMEOUT);
        }
        String body = answer.getBody(String.class);
        if (!answer.getBooleanProperty(OPERATION_SUCCEEDED)) {
          throw new IllegalStateException(LIST_QUEUES + " failed: " + body);
        }
        return body;
      }
    }
  }
}
