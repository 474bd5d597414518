/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koprogo.domain.budget.BudgetFixtures.A1;
import static org.koprogo.domain.budget.BudgetFixtures.LOTS;
import static org.koprogo.domain.budget.BudgetFixtures.budget2026;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class CallsForFundsSnapshotTest {

  @Test
  void isPlannedAgainWithTheSameCalls() {
    CallsForFunds plan = CallsForFunds.plan(budget2026(), LOTS, CallFrequency.QUARTERLY);

    CallsForFunds restored = CallsForFunds.restore(plan.snapshot());

    assertThat(restored.snapshot()).isEqualTo(plan.snapshot());
    assertThat(restored.calls()).isEqualTo(plan.calls());
  }

  @Test
  void refusesLotsListedTwice() {
    CallsForFunds.Snapshot corrupt =
        new CallsForFunds.Snapshot(budget2026(), List.of(A1, A1), CallFrequency.QUARTERLY);

    assertThatThrownBy(() -> CallsForFunds.restore(corrupt))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_UNIT));
  }
}
