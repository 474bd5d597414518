/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koprogo.domain.penalty.PenaltyFixtures.eur;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

class ReminderPolicyTest {

  @Test
  void escalatesFromFriendlyToFormalNotice() {
    ReminderPolicy policy = ReminderPolicy.standard(eur("5.00"), eur("15.00"));

    assertThat(policy.levelAfter(14)).isEmpty();
    assertThat(policy.levelAfter(15)).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo(ReminderPolicy.FRIENDLY));
    assertThat(policy.levelAfter(59)).hasValueSatisfying(l -> assertThat(l.channel()).isEqualTo(ReminderChannel.LETTER));
    assertThat(policy.levelAfter(60))
        .hasValueSatisfying(
            l -> {
              assertThat(l.name()).isEqualTo(ReminderPolicy.FORMAL_NOTICE);
              assertThat(l.channel()).isEqualTo(ReminderChannel.REGISTERED_LETTER);
              assertThat(l.fee()).isEqualTo(eur("15.00"));
            });
  }

  @Test
  void chargesNoFeeByDefault() {
    ReminderPolicy policy = ReminderPolicy.standard(Money.EUR);

    assertThat(policy.levels()).allSatisfy(l -> assertThat(l.fee().isZero()).isTrue());
    assertThat(policy.levels()).extracting(ReminderLevel::daysAfterDue).containsExactly(15, 30, 60);
  }
}
