/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The host's logging, set up in code rather than from an XML file: one line per event on
 * standard output, INFO and above, the chatty libraries at WARN. Loading logback's XML
 * configurator (Joran and an XML parser, some 650 classes) cost about 3 MB of resident memory
 * for a configuration of ten lines. The line is written by {@link Line} rather than a pattern
 * ({@code PatternLayout} brings its parser, its converters and the 67 lambdas of its converter
 * table: about 150 classes).
 *
 * <p>A file named by {@code -Dlogback.configurationFile=...}, or a {@code logback-test.xml} on
 * the class path (the tests), still wins: this configurator then steps aside. Registered in
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
public final class HostLogging extends ContextAwareBase implements Configurator {
  /** The layout of a line, as a logback pattern: what {@link Line} writes. */
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
    Line line = new Line(ZoneId.systemDefault());
    line.setContext(context);
    line.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(line);
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

  /**
   * One event as one line of {@link #PATTERN} (the local time to the millisecond, the level, the
   * thread, the logger's name shortened to 36 characters the way logback does, the message), and
   * the stack trace of an exception after it, as {@code PatternLayout} adds one.
   */
  static final class Line extends LayoutBase<ILoggingEvent> {
    private final ZoneId zone;
    private final TargetLengthBasedClassNameAbbreviator abbreviator =
        new TargetLengthBasedClassNameAbbreviator(36);

    Line(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
      StringBuilder line = new StringBuilder(128);
      LocalTime time = LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), zone);
      digits(line, time.getHour(), 2).append(':');
      digits(line, time.getMinute(), 2).append(':');
      digits(line, time.getSecond(), 2).append('.');
      digits(line, time.getNano() / 1_000_000, 3).append(' ');
      String level = event.getLevel().toString();
      line.append(level);
      for (int i = level.length(); i < 5; i++) {
        line.append(' ');
      }
      line.append(" [").append(event.getThreadName()).append("] ")
          .append(abbreviator.abbreviate(event.getLoggerName())).append(" - ")
          .append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
      IThrowableProxy thrown = event.getThrowableProxy();
      if (thrown != null) {
        line.append(ThrowableProxyUtil.asString(thrown));
      }
      return line.toString();
    }

    private static StringBuilder digits(StringBuilder line, int value, int width) {
      String text = Integer.toString(value);
      for (int i = text.length(); i < width; i++) {
        line.append('0');
      }
      return line.append(text);
    }
  }
}
