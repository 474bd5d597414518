/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

class CallReferenceTest {

  @Test
  void printsTheCallThenTheAccountWithMod97CheckDigits() {
    CallReference reference = new CallReference(12, 345);

    StructuredCommunication communication = reference.communication();

    assertThat(communication.printed()).isEqualTo("+++001/2000/34587+++");
    assertThat(12_000_345L % 97).isEqualTo(87);
  }

  @Test
  void givesTheSameReferenceEveryTime() {
    assertThat(new CallReference(7, 42).communication()).isEqualTo(new CallReference(7, 42).communication());
    assertThat(new CallReference(7, 42).creditorReference()).isEqualTo(new CallReference(7, 42).creditorReference());
  }

  @Test
  void decodesTheCallAndAccountFromEitherForm() {
    CallReference reference = new CallReference(9_999, 999_999);

    assertThat(CallReference.named(reference.communication())).contains(reference);
    assertThat(CallReference.named(reference.creditorReference())).contains(reference);
    assertThat(CallReference.named(PaymentReference.parse(reference.communication().printed()))).contains(reference);
  }

  @Test
  void aReferenceOfAnotherSchemeNamesNoCall() {
    assertThat(CallReference.named(PaymentReference.parse("RF18 5390 0754 7034"))).isEmpty();
    assertThat(CallReference.named(StructuredCommunication.of(345))).isEmpty();
  }

  @Test
  void refusesNumbersOutOfRange() {
    assertThatThrownBy(() -> new CallReference(0, 1))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.REFERENCE_OUT_OF_RANGE);
          assertThat(e.details()).containsEntry("field", "call");
        });
    assertThatThrownBy(() -> new CallReference(1, 1_000_000))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.details()).containsEntry("field", "account"));
    assertThatThrownBy(() -> StructuredCommunication.of(10_000_000_000L))
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REFERENCE_OUT_OF_RANGE));
  }

  @Test
  void namesTheFieldOfARefusedReference() {
    assertThatThrownBy(() -> PaymentReference.parse("+++090/9337/55494+++", "calls[3].reference"))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CHECK_DIGITS);
          assertThat(e.details()).containsEntry("field", "calls[3].reference").containsEntry("value", "+++090/9337/55494+++");
        });
  }

  @Test
  void refusesAHugeInputWithoutEchoingIt() {
    String huge = "RF" + "1".repeat(100_000);

    assertThatThrownBy(() -> PaymentReference.parse(huge))
        .isInstanceOfSatisfying(KoproGoException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CREDITOR_REFERENCE);
          assertThat(e.getMessage().length()).isLessThan(300);
        });
  }
}
