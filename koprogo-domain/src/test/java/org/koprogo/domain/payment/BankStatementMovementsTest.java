/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.Money;

/**
 * A movement's identity across formats: account, booking date, amount and reference, ranked among
 * equal ones; the bank's reference, names, counterparty account and communication do not count.
 */
class BankStatementMovementsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);

  private static BankLine line(String identity, long cents, String name, String account, PaymentReference ref, String text) {
    return new BankLine(identity, 1, DAY, DAY.plusDays(1), Money.ofMinor(Money.EUR, cents), name, account,
        Optional.ofNullable(ref), text);
  }

  private static BankStatement statement(String format, String account, List<BankLine> lines) {
    Money sum = Money.zero(Money.EUR);
    for (BankLine l : lines) {
      sum = sum.plus(l.amount());
    }
    return new BankStatement(format, account, "42", DAY, Money.zero(Money.EUR), sum, lines);
  }

  @Test
  void theSameMovementsInTwoFormatsHaveTheSameIdentities() {
    PaymentReference ref = new CallReference(261, 1).communication();
    BankStatement coda = statement("CODA", "BE68539007547034", List.of(
        line("CODA|A01", 69000, "ANNE PEETERS", "BE71096123456769", ref, ""),
        line("CODA|A02", 54000, "BRAM JANSSENS", "BE62510007547061", null, "charges Q1"),
        line("CODA|A03", 54000, "BRAM JANSSENS", "BE62510007547061", null, "charges Q2")));
    BankStatement camt = statement("camt.053.001.08", "be68 5390 0754 7034", List.of(
        line("CAMT|X1", 69000, "Anne Peeters-Dubois", "", ref, "merci"),
        line("CAMT|X2", 54000, "Bram Janssens", "BE62 5100 0754 7061", null, "charges Q1 appartement A2"),
        line("CAMT|X3", 54000, "Bram Janssens", "BE62 5100 0754 7061", null, "charges Q2 appartement A2")));

    assertThat(coda.movements()).isEqualTo(camt.movements());
    assertThat(coda.movements()).containsExactly(
        "MOVEMENT|BE68539007547034|2026-03-15|EUR|69000|026100000164|1",
        "MOVEMENT|BE68539007547034|2026-03-15|EUR|54000||1",
        "MOVEMENT|BE68539007547034|2026-03-15|EUR|54000||2");
  }

  @Test
  void anotherAmountReferenceAccountOrDayIsAnotherMovement() {
    PaymentReference ref = new CallReference(261, 1).communication();
    String base = statement("CODA", "BE68539007547034", List.of(line("a", 69000, "", "", ref, ""))).movements().get(0);

    assertThat(statement("CODA", "BE68539007547034", List.of(line("a", 69001, "", "", ref, ""))).movements().get(0))
        .isNotEqualTo(base);
    assertThat(statement("CODA", "BE68539007547034", List.of(line("a", 69000, "", "", null, ""))).movements().get(0))
        .isNotEqualTo(base);
    assertThat(statement("CODA", "BE71096123456769", List.of(line("a", 69000, "", "", ref, ""))).movements().get(0))
        .isNotEqualTo(base);
    BankLine nextDay = new BankLine("a", 1, DAY.plusDays(1), DAY.plusDays(1), Money.ofMinor(Money.EUR, 69000), "", "",
        Optional.of(ref), "");
    assertThat(statement("CODA", "BE68539007547034", List.of(nextDay)).movements().get(0)).isNotEqualTo(base);
  }
}
