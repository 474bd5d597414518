/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.floor.micronaut;

import io.micronaut.runtime.Micronaut;

/** Micronaut 4 alone (Netty, Jackson databind): GET and POST /items, the items in memory. */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    // without the banner, as the sample host starts
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
