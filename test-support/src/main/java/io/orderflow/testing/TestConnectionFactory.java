package io.orderflow.testing;

import io.orderflow.messaging.BatchReceiver;
import io.orderflow.messaging.MessageSender;
import jakarta.ejb.Singleton;
import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * Stands in for the EAR's application.xml in a single-service test deployment: the same connection
 * factory name, from the resource adapter deployed on its own beside the service.
 */
@Singleton
@JMSConnectionFactoryDefinition(
    name = MessageSender.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = ServiceArchive.RESOURCE_ADAPTER,
    transactional = true,
    maxPoolSize = 16)
@JMSConnectionFactoryDefinition(
    name = BatchReceiver.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = ServiceArchive.RESOURCE_ADAPTER,
    transactional = true,
    maxPoolSize = 4,
    properties = {"ConsumerWindowSize=0"})
public class TestConnectionFactory {}
