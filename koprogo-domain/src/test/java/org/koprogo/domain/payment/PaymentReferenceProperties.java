/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class PaymentReferenceProperties {

  @Test
  void everyGeneratedReferenceValidatesAndNamesItsCall() {
    qt().withExamples(2_000)
        .forAll(integers().between(1, CallReference.MAX_CALL), integers().between(1, CallReference.MAX_ACCOUNT))
        .checkAssert(
            (call, account) -> {
              CallReference reference = new CallReference(call, account);

              StructuredCommunication sc = reference.communication();
              CreditorReference rf = reference.creditorReference();

              assertThat(PaymentReference.parse(sc.printed())).isEqualTo(sc);
              assertThat(PaymentReference.parse(sc.electronic())).isEqualTo(sc);
              assertThat(PaymentReference.parse(rf.printed())).isEqualTo(rf);
              assertThat(CallReference.named(sc)).contains(reference);
              assertThat(CallReference.named(rf)).contains(reference);
            });
  }

  @Test
  void aSingleDigitChangeIsDetected() {
    qt().withExamples(2_000)
        .forAll(integers().between(1, CallReference.MAX_CALL), integers().between(1, CallReference.MAX_ACCOUNT),
            integers().between(0, 15), integers().between(1, 9))
        .checkAssert(
            (call, account, position, delta) -> {
              CallReference reference = new CallReference(call, account);
              String sc = reference.communication().electronic();
              String rf = reference.creditorReference().electronic();

              assertRefused(changeDigit(sc, position % 12, delta));
              assertRefused(changeDigit(rf, 2 + position % 12, delta));
            });
  }

  @Test
  void anAdjacentTranspositionIsDetected() {
    qt().withExamples(2_000)
        .forAll(integers().between(1, CallReference.MAX_CALL), integers().between(1, CallReference.MAX_ACCOUNT),
            integers().between(0, 10))
        .checkAssert(
            (call, account, position) -> {
              CallReference reference = new CallReference(call, account);
              String sc = reference.communication().electronic();
              String rf = reference.creditorReference().electronic();

              if (sc.charAt(position) != sc.charAt(position + 1)) {
                assertRefused(swap(sc, position));
              }
              int p = 2 + position % 11;
              if (rf.charAt(p) != rf.charAt(p + 1)) {
                assertRefused(swap(rf, p));
              }
            });
  }

  private static void assertRefused(String text) {
    assertThatThrownBy(() -> PaymentReference.parse(text))
        .as(text)
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CHECK_DIGITS));
  }

  private static String changeDigit(String s, int position, int delta) {
    char[] c = s.toCharArray();
    c[position] = (char) ('0' + (c[position] - '0' + delta) % 10);
    return new String(c);
  }

  private static String swap(String s, int position) {
    char[] c = s.toCharArray();
    char t = c[position];
    c[position] = c[position + 1];
    c[position + 1] = t;
    return new String(c);
  }
}
