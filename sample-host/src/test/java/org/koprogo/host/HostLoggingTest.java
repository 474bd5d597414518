/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.time.Instant;
import java.time.ZoneId;
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
  void writesEachEventAsThePatternWould() {
    LoggerContext context = new LoggerContext();
    HostLogging.Line line = new HostLogging.Line(ZoneId.systemDefault());
    line.setContext(context);
    line.start();
    PatternLayout pattern = new PatternLayout();
    pattern.setContext(context);
    pattern.setPattern(HostLogging.PATTERN);
    pattern.start();
    LoggingEvent warning = event(context, "org.koprogo.host.security.TokenSecret", Level.WARN, null);
    LoggingEvent info = event(context, "io.micronaut.runtime.Micronaut", Level.INFO, null);
    LoggingEvent failure = event(context, "org.koprogo.host.outbox.OutboxWorker", Level.ERROR,
        new IllegalStateException("down", new java.io.IOException("refused")));

    String written = line.doLayout(warning);

    assertThat(written).isEqualTo(pattern.doLayout(warning));
    assertThat(written).endsWith(" WARN  [worker-1] o.koprogo.host.security.TokenSecret - 3 of 4 sent"
        + System.lineSeparator());
    assertThat(line.doLayout(info)).isEqualTo(pattern.doLayout(info));
    assertThat(line.doLayout(failure)).isEqualTo(pattern.doLayout(failure))
        .contains("java.lang.IllegalStateException: down", "Caused by: java.io.IOException: refused");
  }

  private static LoggingEvent event(LoggerContext context, String logger, Level level, Throwable thrown) {
    LoggingEvent event = new LoggingEvent(HostLoggingTest.class.getName(), context.getLogger(logger), level,
        "{} of {} sent", thrown, new Object[] {3, 4});
    event.setTimeStamp(Instant.parse("2026-12-07T09:05:03.007Z").toEpochMilli());
    event.setThreadName("worker-1");
    return event;
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
