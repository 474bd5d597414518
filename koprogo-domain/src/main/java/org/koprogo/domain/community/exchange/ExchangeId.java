/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.exchange;

import java.util.Objects;

/**
 * The id of a service exchange.
 *
 * @param value the id
 */
public record ExchangeId(String value) {
  /**
   * Checks the id is given.
   *
   * @param value the id
   */
  public ExchangeId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The exchange id of that value.
   *
   * @param value the id
   * @return the id
   */
  public static ExchangeId of(String value) {
    return new ExchangeId(value);
  }
}
