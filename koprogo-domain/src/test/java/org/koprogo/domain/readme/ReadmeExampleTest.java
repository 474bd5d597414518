/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.LotId;
import org.koprogo.domain.charges.ChargeDistribution;
import org.koprogo.domain.charges.DistributionKey;
import org.koprogo.domain.shared.Money;

/** The README's embedding example, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void distributesOneExpenseOverThreeLotsAsTheReadmeShows() {
    LotId a1 = LotId.of("A1"), a2 = LotId.of("A2"), b1 = LotId.of("B1");
    DistributionKey shares = new DistributionKey("general", Map.of(
        a1, new BigDecimal("250"), a2, new BigDecimal("250"), b1, new BigDecimal("250")));

    var distribution = ChargeDistribution.distribute(
        Money.parse("100.00", Money.EUR), List.of(a1, a2, b1), shares);

    List<String> lines = new ArrayList<>();
    distribution.allocations().forEach((lot, part) -> lines.add(lot + " pays " + part));
    assertThat(lines).containsExactly("A1 pays EUR 33.34", "A2 pays EUR 33.33", "B1 pays EUR 33.33");
  }
}
