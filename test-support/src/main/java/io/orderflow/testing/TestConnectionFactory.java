package io.orderflow.testing;

import io.orderflow.messaging.BatchReceiver;
import io.orderflow.messaging.MessageSender;
import jakarta.ejb.Singleton;
import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * Stands in for the EAR's glassfish-resources.xml and the module's binding of its factories in a
 * single-service test deployment: the same connection factory names (in the test archive's module)
 * and settings, from the resource adapter deployed on its own beside the service. No user: the
 * tests' broker runs without security. Neither enlists in JTA transactions; both allow locally
 * transacted contexts.
 */
@Singleton
@JMSConnectionFactoryDefinition(
    name = MessageSender.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = ServiceArchive.RESOURCE_ADAPTER,
    transactional = false,
    maxPoolSize = 16,
    properties = {"AllowLocalTransactions=true"})
@JMSConnectionFactoryDefinition(
    name = BatchReceiver.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = ServiceArchive.RESOURCE_ADAPTER,
    transactional = false,
    maxPoolSize = 4,
    properties = {"AllowLocalTransactions=true"})
public class TestConnectionFactory {}
