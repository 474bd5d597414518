/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.examples.embedding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.ChargeDistribution;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.shared.Money;

/** The README's example, as it stands there: one expense distributed over three lots. */
public final class ReadmeExample {
  private ReadmeExample() {}

  public static void main(String[] args) {
    LotId a1 = LotId.of("A1"), a2 = LotId.of("A2"), b1 = LotId.of("B1");
    DistributionKey shares = new DistributionKey("general", Map.of(
        a1, new BigDecimal("250"), a2, new BigDecimal("250"), b1, new BigDecimal("250")));

    var distribution = ChargeDistribution.distribute(
        Money.parse("100.00", Money.EUR), List.of(a1, a2, b1), shares);

    distribution.allocations().forEach((lot, part) -> System.out.println(lot + " pays " + part));
  }
}
