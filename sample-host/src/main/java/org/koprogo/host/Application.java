/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.host;

/** The sample host's entry point. */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    throw new UnsupportedOperationException("the Micronaut host lands with the sample-host issue");
  }
}
