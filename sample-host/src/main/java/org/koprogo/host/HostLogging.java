/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.List;

/**
 * The host's logging, set up in code rather than from an XML file: one line per event on
 * standard output, INFO and above, the chatty libraries at WARN. Loading logback's XML
 * configurator (Joran and an XML parser, some 650 classes) cost about 3 MB of resident memory
 * for a configuration of ten lines.
 *
 * <p>A file named by {@code -Dlogback.configurationFile=...}, or a {@code logback-test.xml} on
 * the class path (the tests), still wins: this configurator then steps aside. Registered in
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
public final class HostLogging extends ContextAwareBase implements Configurator {
  /** The layout of a line. */
  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

  /** Libraries logged at WARN and above only. */
  static final List<String> QUIET =
      List.of("io.netty", "com.zaxxer.hikari", "org.flywaydb", "io.micronaut.context.env");

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null
        || HostLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    configureInCode(context);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** Sets up the console appender and the levels on {@code context}. */
  static void configureInCode(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("STDOUT");
    console.setEncoder(encoder);
    console.start();
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
    for (String library : QUIET) {
      context.getLogger(library).setLevel(Level.WARN);
    }
  }
}
