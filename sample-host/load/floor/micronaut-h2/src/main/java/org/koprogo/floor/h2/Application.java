/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.h2;

import io.micronaut.runtime.Micronaut;

/** Micronaut 4 with the embedded H2 file database through HikariCP: GET and POST /items. */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    // without the banner, as the sample host starts
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
