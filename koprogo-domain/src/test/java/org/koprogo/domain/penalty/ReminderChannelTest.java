/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

class ReminderChannelTest {

  @Test
  void onlyTheEmailFormLeavesNoPaperAndTheStandardLaddersLetterLevelsGoOnPaper() {
    assertThat(ReminderChannel.EMAIL.onPaper()).isFalse();
    assertThat(ReminderChannel.LETTER.onPaper()).isTrue();
    assertThat(ReminderChannel.REGISTERED_LETTER.onPaper()).isTrue();
    assertThat(ReminderPolicy.standard(Money.EUR).levels())
        .extracting(l -> l.name() + " " + l.channel().onPaper())
        .containsExactly("FRIENDLY_REMINDER false", "FIRM_REMINDER true", "FORMAL_NOTICE true");
  }
}
