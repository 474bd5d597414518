/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.association;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.koprogo.domain.shared.Money;

/**
 * The association's monthly price changed by a resolution of its assembly.
 *
 * @param resolution the adopted resolution
 * @param from the price before
 * @param to the price from {@code effectiveFrom} on
 * @param effectiveFrom the first day of the new price
 * @param occurredAt when the change was recorded (supplied by the caller)
 */
public record MonthlyPriceChanged(
    ResolutionReference resolution,
    Money from,
    Money to,
    LocalDate effectiveFrom,
    Instant occurredAt) {
  /**
   * Checks that every part is given.
   *
   * @param resolution the adopted resolution
   * @param from the price before
   * @param to the price from {@code effectiveFrom} on
   * @param effectiveFrom the first day of the new price
   * @param occurredAt when the change was recorded (supplied by the caller)
   */
  public MonthlyPriceChanged {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
