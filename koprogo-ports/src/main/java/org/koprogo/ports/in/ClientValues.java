/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.ports.in;

import java.util.UUID;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * What the in-ports' client commands share: the id of what a client creates (the one it chose, or
 * a new random one), a text it may leave out, the version it read.
 */
final class ClientValues {
  private ClientValues() {}

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

  /**
   * The version a client read, which a change must name.
   *
   * @param version the version, or null
   * @return the version
   * @throws KoproGoException {@code MISSING_FIELD} naming {@code version} when it is null
   */
  static long versionRead(Long version) {
    if (version == null) {
      throw KoproGoException.of(ErrorCode.MISSING_FIELD, "version is required: the version read", "field", "version");
    }
    return version;
  }
}
