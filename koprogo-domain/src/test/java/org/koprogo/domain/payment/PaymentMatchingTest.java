/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.building.OwnerId;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class PaymentMatchingTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
  private static final PaymentMatching.IssuedCall ANNE = new PaymentMatching.IssuedCall(
      new CallReference(1, 1), OwnerId.of("O1"), "Anne Peeters", eur(75000));
  private static final PaymentMatching.IssuedCall BRUNO = new PaymentMatching.IssuedCall(
      new CallReference(1, 2), OwnerId.of("O2"), "Bruno Dubois", eur(50000));
  private static final PaymentMatching.IssuedCall BRUNA = new PaymentMatching.IssuedCall(
      new CallReference(1, 3), OwnerId.of("O3"), "Bruna Dubois-Lefèvre", eur(50000));

  static Money eur(long cents) {
    return Money.ofMinor(Money.EUR, cents);
  }

  static BankLine line(long cents, String payer, PaymentReference reference) {
    return new BankLine("id", 1, DAY, DAY, eur(cents), payer, "", Optional.ofNullable(reference), "");
  }

  @Test
  void matchesTheCallItsReferenceNamesWhateverTheAmount() {
    PaymentMatching.Match m = PaymentMatching.match(line(1000, "someone", new CallReference(1, 2).communication()), List.of(ANNE, BRUNO));

    assertThat(m).isEqualTo(new PaymentMatching.Match(PaymentMatching.Outcome.MATCHED, BRUNO));
  }

  @Test
  void proposesTheOneCallOfTheSameAmountWhoseOwnerNameTheyShare() {
    assertThat(PaymentMatching.match(line(75000, "M. PEETERS A.", null), List.of(ANNE, BRUNO)).outcome())
        .isEqualTo(PaymentMatching.Outcome.PROPOSED);
    assertThat(PaymentMatching.match(line(75000, "PEETERS", new CallReference(9, 9).communication()), List.of(ANNE)).call())
        .isEqualTo(ANNE);
  }

  @Test
  void queuesWhatIsAmbiguousOrUnknownAndNeverMatchesADebit() {
    assertThat(PaymentMatching.match(line(50000, "DUBOIS", null), List.of(ANNE, BRUNO, BRUNA)).outcome())
        .isEqualTo(PaymentMatching.Outcome.UNMATCHED);
    assertThat(PaymentMatching.match(line(50001, "BRUNO DUBOIS", null), List.of(BRUNO)).outcome())
        .isEqualTo(PaymentMatching.Outcome.UNMATCHED);
    assertThat(PaymentMatching.match(line(-75000, "Anne Peeters", new CallReference(1, 1).communication()), List.of(ANNE)).outcome())
        .isEqualTo(PaymentMatching.Outcome.UNMATCHED);
    assertThat(PaymentMatching.match(line(50000, "Lefevre", null), List.of(BRUNO, BRUNA)).call()).isEqualTo(BRUNA);
  }

  @Test
  void theRegisterGivesEachOwnerOneAccountAndEachCallOneReference() {
    ReferenceRegister r = ReferenceRegister.empty()
        .issue(1, OwnerId.of("O1"), "e1", eur(100))
        .issue(1, OwnerId.of("O2"), "e2", eur(100))
        .issue(2, OwnerId.of("O1"), "e3", eur(100));

    assertThat(r.accountOf(OwnerId.of("O1"))).contains(1);
    assertThat(r.accountOf(OwnerId.of("O2"))).contains(2);
    assertThat(r.find(new CallReference(2, 1)).map(ReferenceRegister.Issued::entry)).contains("e3");
    assertThat(r.issue(2, OwnerId.of("O1"), "e3", eur(100))).isSameAs(r);
    assertThatThrownBy(() -> r.issue(3, OwnerId.of("O1"), "e3", eur(100)))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT));
  }

  @Test
  void anOwnerOfTwoLotsCalledTogetherHasOneReferenceForTheirSum() {
    ReferenceRegister r = ReferenceRegister.empty()
        .issue(1, OwnerId.of("O1"), "e1-A", eur(57000))
        .issue(1, OwnerId.of("O2"), "e2", eur(54000))
        .issue(1, OwnerId.of("O1"), "e1-P", eur(12000));

    assertThat(r.accountOf(OwnerId.of("O1"))).contains(1);
    assertThat(r.issued()).hasSize(3);
    assertThat(r.amountCalled(new CallReference(1, 1))).contains(eur(69000));
    assertThat(r.amountCalled(new CallReference(1, 2))).contains(eur(54000));
    assertThat(r.amountCalled(new CallReference(2, 1))).isEmpty();
    assertThat(r.issue(1, OwnerId.of("O1"), "e1-P", eur(12000))).isSameAs(r);
  }

  @Test
  void anOwnerCalledTheSameAmountEachQuarterIsProposedTheCallDueLastBeforeThePayment() {
    PaymentMatching.IssuedCall q1 = new PaymentMatching.IssuedCall(new CallReference(261, 2), OwnerId.of("O2"),
        "Bram Janssens", eur(54000), java.time.LocalDate.of(2026, 1, 1));
    PaymentMatching.IssuedCall q2 = new PaymentMatching.IssuedCall(new CallReference(262, 2), OwnerId.of("O2"),
        "Bram Janssens", eur(54000), java.time.LocalDate.of(2026, 4, 1));
    PaymentMatching.IssuedCall other = new PaymentMatching.IssuedCall(new CallReference(261, 3), OwnerId.of("O3"),
        "Eva Janssens", eur(54000), java.time.LocalDate.of(2026, 1, 1));
    BankLine march = new BankLine("x", 1, java.time.LocalDate.of(2026, 3, 20), java.time.LocalDate.of(2026, 3, 20),
        eur(54000), "BRAM JANSSENS", "", java.util.Optional.empty(), "");
    BankLine december2025 = new BankLine("y", 1, java.time.LocalDate.of(2025, 12, 20), java.time.LocalDate.of(2025, 12, 20),
        eur(54000), "BRAM JANSSENS", "", java.util.Optional.empty(), "");

    assertThat(PaymentMatching.match(march, List.of(q2, q1)).call()).isEqualTo(q1);
    assertThat(PaymentMatching.match(december2025, List.of(q2, q1)).call()).isEqualTo(q1);
    assertThat(PaymentMatching.match(march, List.of(q1, q2, other)).outcome()).isEqualTo(PaymentMatching.Outcome.UNMATCHED);
  }
}
