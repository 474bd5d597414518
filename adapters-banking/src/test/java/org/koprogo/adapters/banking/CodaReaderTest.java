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
import org.junit.jupiter.api.Test;
import org.koprogo.domain.payment.BankLine;
import org.koprogo.domain.payment.BankStatement;
import org.koprogo.domain.payment.CallReference;
import org.koprogo.domain.payment.PaymentReference;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;
import org.koprogo.domain.shared.Money;

class CodaReaderTest {
  private static final String ANNE = new CallReference(1, 1).communication().electronic();

  static List<BankStatement> read(String text) {
    return BankStatementReader.read(BankStatementReader.Format.CODA, text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void readsTheDemoStatementWithItsReferencesPayersAndDetails() {
    BankStatement s = read(CodaSample.demo(ANNE).text()).get(0);

    assertThat(s.format()).isEqualTo("CODA");
    assertThat(s.account()).isEqualTo("BE68539007547034");
    assertThat(s.number()).isEqualTo("042");
    assertThat(s.date()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(s.opening()).isEqualTo(Money.parse("1000.00", Money.EUR));
    assertThat(s.closing()).isEqualTo(Money.parse("2110.00", Money.EUR));
    assertThat(s.lines()).extracting(l -> l.amount().toPlainString())
        .containsExactly("750.00", "500.00", "-240.00", "60.00", "40.00");
    BankLine anne = s.lines().get(0);
    assertThat(anne.reference()).contains(PaymentReference.parse(ANNE));
    assertThat(anne.counterpartyName()).isEqualTo("ANNE PEETERS");
    assertThat(anne.counterpartyAccount()).isEqualTo("BE71096123456769");
    assertThat(anne.valueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(anne.line()).isEqualTo(3);
    BankLine bruno = s.lines().get(1);
    assertThat(bruno.reference()).isEmpty();
    assertThat(bruno.counterpartyName()).isEqualTo("BRUNO DUBOIS");
    assertThat(bruno.communication()).isEqualTo("charges Q1 appartement A2 mars 2026");
    assertThat(s.lines()).extracting(BankLine::identity).doesNotHaveDuplicates()
        .contains("CODA|BE68539007547034|REF000000000000000A01|0000", "CODA|BE68539007547034|REF000000000000000A04|0002");
  }

  @Test
  void givesTheSameIdentitiesOnASecondReading() {
    String text = CodaSample.demo(ANNE).text();

    assertThat(read(text).get(0).lines()).extracting(BankLine::identity)
        .containsExactlyElementsOf(read(text).get(0).lines().stream().map(BankLine::identity).toList());
  }

  @Test
  void keepsAWrongStructuredCommunicationAsText() {
    String wrong = ANNE.substring(0, 11) + (char) ('0' + (ANNE.charAt(11) - '0' + 1) % 10);

    BankLine line = read(CodaSample.demo(wrong).text()).get(0).lines().get(0);

    assertThat(line.reference()).isEmpty();
    assertThat(line.communication()).startsWith(wrong);
  }

  @Test
  void refusesARecordOfTheWrongLengthNamingItsLine() {
    String text = CodaSample.demo(ANNE).text().replace("mars 2026" + " ".repeat(10), "mars 2026" + " ".repeat(9));

    assertRefused(text, ErrorCode.MALFORMED_STATEMENT, 6);
  }

  @Test
  void refusesAStatementThatDoesNotReconcile() {
    String text = CodaSample.demo(ANNE).text().replace(CodaSample.amount(2_110_000), CodaSample.amount(2_110_010));

    assertRefused(text, ErrorCode.MALFORMED_STATEMENT, 14);
  }

  @Test
  void refusesATrailerWhoseTotalsDisagree() {
    String text = CodaSample.demo(ANNE).text().replace(CodaSample.amount(1_350_000), CodaSample.amount(1_350_001));

    assertRefused(text, ErrorCode.MALFORMED_STATEMENT, 15);
  }

  @Test
  void refusesLettersInAnAmountAndAnImpossibleDate() {
    assertRefused(CodaSample.demo(ANNE).text().replace(CodaSample.amount(750_000), "00000000075000O"), ErrorCode.MALFORMED_STATEMENT, 3);
    assertRefused(CodaSample.demo(ANNE).text().replace("150326", "310226"), ErrorCode.MALFORMED_STATEMENT, 3);
  }

  @Test
  void refusesAnotherVersionAndAFileWithoutTrailer() {
    String text = CodaSample.demo(ANNE).text();
    String v1 = text.substring(0, 127) + "1" + text.substring(128);
    String cut = text.substring(0, text.lastIndexOf("9 "));

    assertRefused(v1, ErrorCode.UNSUPPORTED_STATEMENT_FORMAT, 1);
    assertRefused(cut, ErrorCode.MALFORMED_STATEMENT, 14);
    assertRefused("", ErrorCode.MALFORMED_STATEMENT, 1);
  }

  @Test
  void refusesAFileAboveTheBound() {
    byte[] huge = new byte[BankStatementReader.MAX_BYTES + 1];

    assertThatThrownBy(() -> BankStatementReader.read(BankStatementReader.Format.CODA, huge))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STATEMENT_TOO_LARGE));
  }

  static void assertRefused(String text, ErrorCode code, int line) {
    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.details()).containsEntry("field", "line").containsEntry("value", line);
        });
  }
}
