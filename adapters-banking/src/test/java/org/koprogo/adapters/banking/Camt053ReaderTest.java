/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.adapters.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.payment.BankStatement;
import org.koprogo.domain.payment.CallReference;
import org.koprogo.domain.payment.PaymentReference;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class Camt053ReaderTest {
  private static final String ANNE = new CallReference(1, 1).communication().electronic();

  static List<BankStatement> read(String xml) {
    return BankStatementReader.read(BankStatementReader.Format.CAMT_053, xml.getBytes(StandardCharsets.UTF_8));
  }

  static String sample(String version, String reference) {
    return version.equals("02") ? CamtSample.v02(reference) : CamtSample.v08(reference);
  }

  @ParameterizedTest
  @ValueSource(strings = {"02", "08"})
  void readsBookedEntriesWithReferencesPayersAndDetails(String version) {
    BankStatement s = read(sample(version, ANNE)).get(0);

    assertThat(s.format()).isEqualTo("camt.053.001." + version);
    assertThat(s.account()).isEqualTo("BE68539007547034");
    assertThat(s.date()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(s.opening()).isEqualTo(Money.parse("1000.00", Money.EUR));
    assertThat(s.lines()).extracting(l -> l.amount().toPlainString())
        .containsExactly("750.00", "500.00", "-240.00", "60.00", "40.00");
    BankLine anne = s.lines().get(0);
    assertThat(anne.reference()).contains(PaymentReference.parse(ANNE));
    assertThat(anne.counterpartyName()).isEqualTo("Anne Peeters");
    assertThat(anne.counterpartyAccount()).isEqualTo("BE71096123456769");
    assertThat(s.lines().get(1).communication()).isEqualTo("charges Q1 appartement A2 & cave");
    assertThat(s.lines().get(2).counterpartyName()).isEqualTo("Net & Propre SRL");
    assertThat(s.lines().get(4).valueDate()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(s.lines()).extracting(BankLine::identity)
        .containsExactly("CAMT|BE68539007547034|A01|0", "CAMT|BE68539007547034|A02|0", "CAMT|BE68539007547034|A03|0",
            "CAMT|BE68539007547034|A04|1", "CAMT|BE68539007547034|A04|2");
  }

  @Test
  void acceptsACreditorReference() {
    String rf = new CallReference(1, 1).creditorReference().electronic();

    assertThat(read(CamtSample.v02(rf)).get(0).lines().get(0).reference()).contains(PaymentReference.parse(rf));
  }

  @Test
  void refusesAnExternalEntityOrAnyDtd() {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        + CamtSample.v02(ANNE).substring(CamtSample.v02(ANNE).indexOf("<Document")).replace("<Id>2026-042</Id>", "<Id>&x;</Id>");

    assertThatThrownBy(() -> read(xxe))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_STATEMENT));
  }

  @Test
  void refusesABadAmountNamingItsLine() {
    String xml = CamtSample.v02(ANNE).replace("<Amt Ccy=\"EUR\">500.00</Amt>", "<Amt Ccy=\"EUR\">5e2</Amt>");

    assertThatThrownBy(() -> read(xml))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_STATEMENT);
          assertThat(e.details()).containsEntry("value", 23);
        });
  }

  @Test
  void refusesAStatementThatDoesNotReconcileOrIsNotWellFormed() {
    assertThatThrownBy(() -> read(CamtSample.v02(ANNE).replace(">2110.00<", ">2110.01<")))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_STATEMENT));
    assertThatThrownBy(() -> read(CamtSample.v02(ANNE).replace("</Stmt>", "")))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_STATEMENT));
  }

  @Test
  void refusesAnotherMessage() {
    assertThatThrownBy(() -> read(CamtSample.v02(ANNE).replace("camt.053.001.02", "camt.054.001.02")))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_STATEMENT_FORMAT));
  }

  @Test
  void refusesTooDeepANesting() {
    String deep = "<a>".repeat(100) + "</a>".repeat(100);
    String xml = CamtSample.v02(ANNE).replace("<Id>2026-042</Id>", "<Id>2026-042</Id>" + deep);

    assertThatThrownBy(() -> read(xml))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_STATEMENT));
  }
}
