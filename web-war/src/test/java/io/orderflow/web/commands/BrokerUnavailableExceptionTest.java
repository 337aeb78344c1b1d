package io.orderflow.web.commands;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import org.junit.jupiter.api.Test;

class BrokerUnavailableExceptionTest {

  @Test
  void a_jms_failure_is_a_broker_failure() {
    assertThat(BrokerUnavailableException.isBrokerFailure(new JMSRuntimeException("refused")))
        .isTrue();
  }

  @Test
  void a_jms_failure_wrapped_by_the_container_is_a_broker_failure() {
    RuntimeException wrapped =
        new RuntimeException("creation failed", new JMSException("connection refused"));
    assertThat(BrokerUnavailableException.isBrokerFailure(wrapped)).isTrue();
  }

  @Test
  void any_other_failure_is_not() {
    assertThat(BrokerUnavailableException.isBrokerFailure(new IllegalStateException("bug")))
        .isFalse();
  }
}
