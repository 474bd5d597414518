/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import org.koprogo.domain.shared.ErrorCode;

/** Why a proxy was refused (its principal then counts as absent). */
public enum ProxyRefusal {
  /** Civil Code art. 3.87 §7: the syndic cannot represent an owner. */
  SYNDIC_CANNOT_HOLD_PROXY(ErrorCode.SYNDIC_CANNOT_HOLD_PROXY),
  /** Civil Code art. 3.87 §7: more than three proxies, above 10% of all votes. */
  TOO_MANY_PROXIES(ErrorCode.TOO_MANY_PROXIES);

  private final ErrorCode code;

  ProxyRefusal(ErrorCode code) {
    this.code = code;
  }

  /**
   * The stable code of the refusal, as written in RULES.md.
   *
   * @return the code
   */
  public ErrorCode code() {
    return code;
  }
}
