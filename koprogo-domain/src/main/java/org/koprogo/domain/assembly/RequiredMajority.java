/*
 * KoproGo for the JVM
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.koprogo.domain.assembly;

import java.util.Objects;
import org.koprogo.domain.shared.ErrorCode;
import org.koprogo.domain.shared.KoproGoException;

/**
 * The majority one resolution needs, and why: the legal majority of its {@link DecisionType}, a
 * majority stated directly (no decision type), or a decision type's majority overridden for an
 * explicit reason (a clause of the statutes, a court order), which the minutes record.
 *
 * @param majority the majority applied
 * @param decisionType the decision type, or null when the majority was stated directly
 * @param overrideReason why the decision type's majority was overridden, or null
 */
public record RequiredMajority(MajorityRule majority, DecisionType decisionType, String overrideReason) {
  public RequiredMajority {
    Objects.requireNonNull(majority, "majority");
    if (overrideReason != null && overrideReason.isBlank()) {
      overrideReason = null;
    }
    if (decisionType != null && majority != decisionType.legalMajority() && overrideReason == null) {
      throw KoproGoException.of(
          ErrorCode.MAJORITY_OVERRIDE_WITHOUT_REASON,
          "the majority " + majority + " overrides the legal " + decisionType.legalMajority()
              + " of " + decisionType + " without a reason",
          "field", "majority", "value", majority.name());
    }
    if (decisionType == null && overrideReason != null) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "an override reason needs a decision type to override",
          "field", "overrideReason", "value", overrideReason);
    }
  }

  /** The majority stated directly, without a decision type. */
  public static RequiredMajority stated(MajorityRule majority) {
    return new RequiredMajority(majority, null, null);
  }

  /** The legal majority of {@code type}. */
  public static RequiredMajority of(DecisionType type) {
    return new RequiredMajority(type.legalMajority(), type, null);
  }

  /**
   * {@code majority} instead of the legal majority of {@code type}, for a reason.
   *
   * @throws KoproGoException {@code MAJORITY_OVERRIDE_WITHOUT_REASON} when the reason is blank
   */
  public static RequiredMajority overridden(DecisionType type, MajorityRule majority, String reason) {
    if (reason == null || reason.isBlank()) {
      throw KoproGoException.of(
          ErrorCode.MAJORITY_OVERRIDE_WITHOUT_REASON,
          "overriding the majority of " + type + " needs a reason",
          "field", "overrideReason", "value", majority.name());
    }
    return new RequiredMajority(majority, type, reason);
  }

  /** True when a decision type's legal majority was overridden. */
  public boolean isOverridden() {
    return overrideReason != null;
  }

  /** The legal basis, as the minutes write it. */
  public String legalBasis() {
    if (decisionType == null) {
      return majority.legalBasis();
    }
    String basis = decisionType.article() + " (" + decisionType.description() + ")";
    return isOverridden() ? basis + ", overridden: " + overrideReason : basis;
  }
}
