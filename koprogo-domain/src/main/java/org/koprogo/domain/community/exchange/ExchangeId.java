/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.community.exchange;

import java.util.Objects;

/** The id of a service exchange. */
public record ExchangeId(String value) {
  public ExchangeId {
    Objects.requireNonNull(value, "value");
  }

  public static ExchangeId of(String value) {
    return new ExchangeId(value);
  }
}
