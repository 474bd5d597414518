/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class HostLoggingTest {

  @Test
  void logsInfoAndAboveOnStandardOutputWithTheChattyLibrariesAtWarn() {
    LoggerContext context = new LoggerContext();

    HostLogging.configureInCode(context);

    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.INFO);
    assertThat(root.getAppender("STDOUT")).isInstanceOf(ConsoleAppender.class);
    assertThat(root.getAppender("STDOUT").isStarted()).isTrue();
    assertThat(context.getLogger("io.netty.channel").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("org.flywaydb.core").getEffectiveLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("org.koprogo.host").getEffectiveLevel()).isEqualTo(Level.INFO);
  }

  @Test
  void stepsAsideForTheTestsOwnConfigurationFile() {
    LoggerContext context = new LoggerContext();
    HostLogging logging = new HostLogging();
    logging.setContext(context);

    assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDOUT")).isNull();
  }

  @Test
  void isRegisteredWithLogback() {
    assertThat(ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class))
        .anyMatch(HostLogging.class::isInstance);
  }
}
