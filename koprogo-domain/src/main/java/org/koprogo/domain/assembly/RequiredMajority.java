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
 * @param mainDecision for a decision that takes the majority of a main decision ({@link
 *     DecisionType#CHANGE_OF_SHARES_AS_CONSEQUENCE}), that main decision; null otherwise
 */
public record RequiredMajority(
    MajorityRule majority, DecisionType decisionType, String overrideReason, DecisionType mainDecision) {
  /**
   * Checks the majority.
   *
   * @param majority the majority applied
   * @param decisionType the decision type, or null when the majority was stated directly
   * @param overrideReason why the decision type's majority was overridden, or null
   * @param mainDecision for a decision that takes the majority of a main decision ({@link
   *     DecisionType#CHANGE_OF_SHARES_AS_CONSEQUENCE}), that main decision; null otherwise
   * @throws KoproGoException {@code INVALID_FIELD} when a change of shares as consequence does not
   *     name its main decision (or another type names one), or an override reason comes without a
   *     decision type; {@code MAJORITY_OVERRIDE_WITHOUT_REASON} when a decision type's legal
   *     majority is replaced without a reason
   */
  public RequiredMajority {
    Objects.requireNonNull(majority, "majority");
    if (overrideReason != null && overrideReason.isBlank()) {
      overrideReason = null;
    }
    boolean follows = decisionType != null && decisionType.followsMainDecision();
    if (follows != (mainDecision != null)) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, follows
              ? decisionType + " takes the majority of a main decision: name it"
              : "only a decision that follows a main decision names one",
          "field", "mainDecision", "value", String.valueOf(mainDecision));
    }
    if (mainDecision != null && (mainDecision.followsMainDecision() || !CONSEQUENCES_OF.contains(mainDecision))) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "a change of shares follows works, an acquisition or a disposal, not "
              + mainDecision,
          "field", "mainDecision", "value", mainDecision.name());
    }
    Majority legal = mainDecision != null ? mainDecision.legalMajority()
        : decisionType != null ? decisionType.legalMajority() : null;
    if (decisionType != null && majority != legal && overrideReason == null) {
      throw KoproGoException.of(
          ErrorCode.MAJORITY_OVERRIDE_WITHOUT_REASON,
          "the majority " + majority + " overrides the legal " + legal
              + " of " + decisionType + " without a reason",
          "field", "majority", "value", majority.name());
    }
    if (decisionType == null && overrideReason != null) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, "an override reason needs a decision type to override",
          "field", "overrideReason", "value", overrideReason);
    }
  }

  /** The main decisions a change of shares may follow (Civil Code art. 3.88 §3, second sentence). */
  private static final java.util.Set<DecisionType> CONSEQUENCES_OF = java.util.EnumSet.of(
      DecisionType.WORKS_IMPOSED_BY_LAW, DecisionType.WORKS_ON_COMMON_PARTS,
      DecisionType.WORKS_ON_PRIVATE_PARTS_BY_ASSOCIATION, DecisionType.RESTORATION_OF_DAMAGED_PART,
      DecisionType.DEMOLITION_OR_REBUILDING_FOR_SAFETY, DecisionType.DEMOLITION_FOR_EXCESSIVE_COMPLIANCE_COST,
      DecisionType.TOTAL_REBUILDING, DecisionType.ACQUISITION_OF_PROPERTY, DecisionType.DISPOSAL_OF_COMMON_PROPERTY);

  /**
   * A majority without a main decision (every decision type but a change of shares as consequence).
   *
   * @param majority the majority required
   * @param decisionType the decision type, or null when the majority is stated directly
   * @param overrideReason why the legal majority is overridden, or null
   */
  public RequiredMajority(MajorityRule majority, DecisionType decisionType, String overrideReason) {
    this(majority, decisionType, overrideReason, null);
  }

  /**
   * The majority stated directly, without a decision type.
   *
   * @param majority the majority
   * @return the required majority
   */
  public static RequiredMajority stated(MajorityRule majority) {
    return new RequiredMajority(majority, null, null);
  }

  /**
   * The legal majority of {@code type}.
   *
   * @param type the decision type
   * @return the required majority
   * @throws KoproGoException {@code INVALID_FIELD} for a type that follows a main decision (use
   *     {@link #consequenceOf})
   */
  public static RequiredMajority of(DecisionType type) {
    if (type.followsMainDecision()) {
      throw KoproGoException.of(
          ErrorCode.INVALID_FIELD, type + " takes the majority of a main decision: name it",
          "field", "mainDecision", "value", type.name());
    }
    return new RequiredMajority(type.legalMajority(), type, null);
  }

  /**
   * Civil Code art. 3.88 §3, second sentence: a change of the shares that is the necessary
   * consequence of {@code main} (works, an acquisition or a disposal), at the majority of {@code
   * main}.
   *
   * @param main the main decision
   * @return the required majority
   * @throws KoproGoException {@code INVALID_FIELD} when {@code main} is not works, an acquisition
   *     or a disposal
   */
  public static RequiredMajority consequenceOf(DecisionType main) {
    Objects.requireNonNull(main, "main");
    return new RequiredMajority(
        main.legalMajority() == null ? Majority.UNANIMITY : main.legalMajority(),
        DecisionType.CHANGE_OF_SHARES_AS_CONSEQUENCE, null, main);
  }

  /**
   * {@code majority} instead of the legal majority of {@code type}, for a reason.
   *
   * @param type the decision type
   * @param majority the majority used instead
   * @param reason why, not blank
   * @return the required majority
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

  /**
   * The majority of an agenda item as a syndic states it: the majority {@code stated} alone
   * without a decision type; the legal majority of {@code type} when nothing or that same
   * majority is stated (a reason given then is ignored); otherwise {@code stated} overriding
   * it, which needs a reason.
   *
   * @param type the decision type, or null
   * @param stated the majority stated, or null when {@code type} gives it
   * @param reason why {@code stated} overrides the legal majority of {@code type}, or null
   * @return the item's required majority
   * @throws KoproGoException {@code MISSING_FIELD} (field {@code majority}) without a type nor a
   *     majority, {@code MAJORITY_OVERRIDE_WITHOUT_REASON} (field {@code majority}) for an
   *     override without a reason, {@code INVALID_FIELD} for a type that follows a main decision
   */
  public static RequiredMajority forItem(DecisionType type, MajorityRule stated, String reason) {
    if (type == null) {
      if (stated == null) {
        throw KoproGoException.of(ErrorCode.MISSING_FIELD, "majority is required", "field", "majority");
      }
      return stated(stated);
    }
    if (stated == null || stated == type.legalMajority()) {
      return of(type);
    }
    return new RequiredMajority(stated, type, reason);
  }

  /**
   * True when a decision type's legal majority was overridden.
   *
   * @return whether it is overridden
   */
  public boolean isOverridden() {
    return overrideReason != null;
  }

  /**
   * The legal basis, as the minutes write it.
   *
   * @return the legal basis
   */
  public String legalBasis() {
    if (decisionType == null) {
      return majority.legalBasis();
    }
    String basis = decisionType.article() + " (" + decisionType.description() + ")";
    if (mainDecision != null) {
      basis += ", at the majority of " + mainDecision.article() + " (" + mainDecision.description() + ")";
    }
    return isOverridden() ? basis + ", overridden: " + overrideReason : basis;
  }
}
