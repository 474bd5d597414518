/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.full;

import io.micronaut.runtime.Micronaut;

/**
 * The sample host's stack without KoproGo: Micronaut 4 (Netty, Jackson databind), H2 through
 * HikariCP, validation (Micronaut's and Hibernate Validator's predefined scope), JWT bearer
 * tokens, the management health endpoint, logback, YAML configuration.
 */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    // without the banner, as the sample host starts
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
