/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class StructuredReferenceTest {

  @Test
  void writesTheRemainderModulo97AsCheckDigits() {
    StructuredReference r = StructuredReference.of(1_234_567_890L);

    assertThat(r.digits()).isEqualTo("123456789002");
    assertThat(r.formatted()).isEqualTo("+++123/4567/89002+++");
  }

  @Test
  void writes97WhenTheRemainderIsZero() {
    assertThat(StructuredReference.of(0).formatted()).isEqualTo("+++000/0000/00097+++");
    assertThat(StructuredReference.of(97).digits()).isEqualTo("000000009797");
  }

  @Test
  void numbersACallByYearPeriodAndLot() {
    StructuredReference r = StructuredReference.ofCall(2026, 1, 1);

    assertThat(r.digits()).startsWith("2026010001");
    assertThat(r.formatted()).isEqualTo("+++202/6010/00104+++");
  }

  @Test
  void refusesWrongCheckDigitsAndOutOfRangeBases() {
    assertThatThrownBy(() -> new StructuredReference("123456789003"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD));
    assertThatThrownBy(() -> StructuredReference.of(10_000_000_000L)).isInstanceOf(KoproGoException.class);
    assertThatThrownBy(() -> StructuredReference.ofCall(2026, 100, 1)).isInstanceOf(KoproGoException.class);
  }
}
