/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** Every structured communication verifies, carries its base, and bases never collide. */
class StructuredReferenceProperties {

  @Test
  void everyReferenceVerifiesAndDiffersFromItsNeighbours() {
    qt().forAll(longs().between(0, StructuredReference.MAX_BASE - 1)).checkAssert(base -> {
      StructuredReference r = StructuredReference.of(base);
      assertThat(new StructuredReference(r.digits())).isEqualTo(r);
      long carried = Long.parseLong(r.digits().substring(0, 10));
      assertThat(carried).isEqualTo(base);
      assertThat(Long.parseLong(r.digits().substring(10))).isEqualTo(carried % 97 == 0 ? 97 : carried % 97);
      assertThat(StructuredReference.of(base + 1)).isNotEqualTo(r);
    });
    qt().forAll(integers().between(1, 12), integers().between(1, 9999))
        .checkAssert((period, lot) -> assertThat(StructuredReference.ofCall(2026, period, lot).digits())
            .startsWith(String.format("2026%02d%04d", period, lot)));
  }
}
