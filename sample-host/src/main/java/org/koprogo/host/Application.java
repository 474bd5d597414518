/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host;

import io.micronaut.runtime.Micronaut;

/** The sample host's entry point: {@code java -jar sample-host/target/sample-host.jar}. */
public final class Application {
  private Application() {}

  /** Starts the server (port 8080 unless {@code MICRONAUT_SERVER_PORT} says otherwise). */
  public static void main(String[] args) {
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
