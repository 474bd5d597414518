/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import java.util.UUID;

/** The id of what a client creates: the one it chose, or a new random one. */
final class Ids {
  private Ids() {}

  /**
   * {@code id}, or a new random UUID when it is null or blank.
   *
   * @param id the id the client chose, or null
   * @return the id to store under
   */
  static String orNew(String id) {
    return id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
  }

  /**
   * {@code value}, or empty when it is null.
   *
   * @param value a text the client may leave out
   * @return the text
   */
  static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
