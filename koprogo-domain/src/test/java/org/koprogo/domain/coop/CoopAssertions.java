/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/** Assertions on the cooperative's refusals. */
public final class CoopAssertions {
  private CoopAssertions() {}

  /** The call is refused with ILLEGAL_TRANSITION naming {@code from}, {@code to} and {@code guard}. */
  public static void assertRefused(ThrowingCallable call, Enum<?> from, Enum<?> to, String guard) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            KoproGoException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
              assertThat(e.details())
                  .containsEntry("from", from.name())
                  .containsEntry("to", to.name())
                  .containsEntry("guard", guard);
              assertThat(e.getMessage()).contains(from.name()).contains(to.name()).contains(guard);
            });
  }

  /** The call is refused with NOT_PERMITTED. */
  public static void assertNotPermitted(ThrowingCallable call) {
    assertFails(call, ErrorCode.NOT_PERMITTED);
  }

  /** The call is refused with {@code code}. */
  public static void assertFails(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(KoproGoException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
